namespace Cohorts.Workflows.Forms.Collection;

/// <summary>A page of a form's answers, newest first.</summary>
/// <param name="Total">How many answers match in all.</param>
/// <param name="Page">The page (1-based).</param>
/// <param name="PageSize">The page's size.</param>
/// <param name="Items">The answers of the page.</param>
public sealed record FormAnswerPage(int Total, int Page, int PageSize, IReadOnlyList<FormAnswerRow> Items);
