namespace Cohorts.Host.Reporting.Documents;

/// <summary>A table of a report: its column headers and its rows, every cell already written for the reader.</summary>
/// <param name="Headers">The column headers.</param>
/// <param name="Rows">The rows, each with one cell per header.</param>
public sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
