namespace Cohorts.Host.Events;

/// <summary>A page of a cohort's collective events, with how many match the filters in all.</summary>
/// <param name="CohortId">The cohort's id.</param>
/// <param name="CohortName">The cohort's name.</param>
/// <param name="Total">How many events match the filters.</param>
/// <param name="Page">The page shown, from 1.</param>
/// <param name="PageSize">The events per page.</param>
/// <param name="Events">The events of the page, in the order asked.</param>
public sealed record EventList(Guid CohortId, string CohortName, int Total, int Page, int PageSize, IReadOnlyList<EventRow> Events)
{
    /// <summary>Gets the number of pages (at least one).</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
