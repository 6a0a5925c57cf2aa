using Cohorts.Engine.Instances;
using Cohorts.Host.Tables;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Manage;

/// <summary>How a cohort's board sorts, filters and searches its rows (<c>?sort=name|status|coach|next|late</c>, <c>?filter=late|screening|coached|incident</c>).</summary>
public static class BoardTable
{
    /// <summary>The board's rows per page: a cohort of Boost Innovation's size (17 companies) fits one page.</summary>
    public const int PageSize = 25;

    /// <summary>Gets the board's table view; <paramref name="statusText"/> names a status for the search.</summary>
    public static TableView<BoardRow> View(Func<CompanyStatus, string> statusText) => new(
        "name",
        new Dictionary<string, Func<BoardRow, object?>>
        {
            ["name"] = r => r.Name,
            ["status"] = r => statusText(r.Status),
            ["coach"] = r => r.CoachName,
            ["next"] = r => Next(r),
            ["late"] = r => -r.LateSessions,
        },
        r => $"{r.Name} {r.CoachName} {statusText(r.Status)}",
        new Dictionary<string, Func<BoardRow, bool>>
        {
            ["late"] = r => r.LateSessions > 0 || r.Journey.NextReview is { Late: true },
            ["screening"] = r => r.Journey.AwaitsScreening,
            ["coached"] = r => r.Status is CompanyStatus.Accepted or CompanyStatus.Active,
            ["incident"] = r => r.InstanceStatus == WorkflowStatus.Faulted,
        });

    private static DateTimeOffset? Next(BoardRow row)
    {
        var coaching = row.Journey.NextCoaching?.At;
        var review = row.Journey.NextReview?.At;
        return coaching is null ? review : review is null ? coaching : coaching < review ? coaching : review;
    }
}
