namespace Cohorts.Host.Audit;

/// <summary>A page of history, newest first.</summary>
/// <param name="Title">What it is the history of (a cohort's name).</param>
/// <param name="Lines">The page's lines.</param>
/// <param name="Page">The page's number, from 1.</param>
/// <param name="PageSize">The lines per page.</param>
/// <param name="Total">How many lines there are in all.</param>
/// <param name="HasNext">Whether a later page exists.</param>
public sealed record HistoryPage(string Title, IReadOnlyList<HistoryLine> Lines, int Page, int PageSize, int Total, bool HasNext);
