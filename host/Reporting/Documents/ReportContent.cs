namespace Cohorts.Host.Reporting.Documents;

/// <summary>
/// A cohort's progress report as its documents show it, written once in the reader's language
/// (<see cref="ReportContentBuilder"/>); the Word and PDF writers only lay it out.
/// </summary>
/// <param name="Title">The title: the cohort's name (also the documents' title property).</param>
/// <param name="Subtitle">The programme's name and the cohort's dates.</param>
/// <param name="Sections">The sections, in order.</param>
/// <param name="Footer">When the figures were computed.</param>
public sealed record ReportContent(string Title, string Subtitle, IReadOnlyList<ReportSection> Sections, string Footer);
