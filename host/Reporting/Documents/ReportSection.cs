namespace Cohorts.Host.Reporting.Documents;

/// <summary>A section of a report: a heading, paragraphs, a chart and a table if it has them.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Paragraphs">The paragraphs, in order.</param>
/// <param name="Table">The table, if any.</param>
public sealed record ReportSection(string Heading, IReadOnlyList<string> Paragraphs, ReportTable? Table)
{
    /// <summary>Gets a chart shown after the paragraphs, as a PNG image (the progress pages' chart), if any.</summary>
    public byte[]? Chart { get; init; }
}
