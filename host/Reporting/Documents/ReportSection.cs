namespace Cohorts.Host.Reporting.Documents;

/// <summary>A section of a report: a heading, paragraphs, then a table if it has one.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Paragraphs">The paragraphs, in order.</param>
/// <param name="Table">The table, if any.</param>
public sealed record ReportSection(string Heading, IReadOnlyList<string> Paragraphs, ReportTable? Table);
