using Cohorts.Host.Tables;

namespace Cohorts.Host.Manage;

/// <summary>
/// How cohort lists sort and search (the manager's /manage/cohorts and <c>GET /api/cohorts</c>):
/// <c>?sort=recent|name|programme|companies|late&amp;dir=desc&amp;q=words&amp;filter=running|late&amp;page=2&amp;size=50</c>.
/// </summary>
public static class CohortTable
{
    /// <summary>The cohorts of a page (pages and API) unless <c>size</c> says otherwise; at most <see cref="TableQuery.MaxPageSize"/>.</summary>
    public const int PageSize = 50;

    /// <summary>Gets the view; <paramref name="today"/> tells running cohorts apart.</summary>
    public static TableView<CohortSummary> View(DateOnly today) => new(
        "recent",
        new Dictionary<string, Func<CohortSummary, object?>>
        {
            ["recent"] = c => -c.StartDate.DayNumber, // the latest first, as the lists always showed them
            ["name"] = c => c.Name,
            ["programme"] = c => c.ProgrammeName,
            ["companies"] = c => c.Companies,
            ["late"] = c => c.LateSessions,
        },
        c => $"{c.Name} {c.ProgrammeName}",
        new Dictionary<string, Func<CohortSummary, bool>>
        {
            ["running"] = c => c.StartDate <= today && today <= c.EndDate,
            ["late"] = c => c.LateSessions > 0,
        },
        NewestFirst: new HashSet<string> { "recent" });
}
