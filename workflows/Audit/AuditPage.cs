namespace Cohorts.Workflows.Audit;

/// <summary>One page of recorded actions, newest first.</summary>
/// <param name="Entries">The page's entries.</param>
/// <param name="Page">The page's number, from 1.</param>
/// <param name="PageSize">The entries per page.</param>
/// <param name="Total">How many entries there are in all.</param>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, int PageSize, int Total)
{
    /// <summary>Gets a value indicating whether a later page exists.</summary>
    public bool HasNext => (long)Page * PageSize < Total;
}
