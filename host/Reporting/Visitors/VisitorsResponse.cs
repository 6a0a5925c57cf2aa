using Cohorts.Workflows.Kpis;

namespace Cohorts.Host.Reporting.Visitors;

/// <summary>A cohort's visitors as the API answers them.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="Counted">The visitors counted at events held.</param>
/// <param name="Expected">The visitors the events expect (those that say, cancelled ones left out).</param>
/// <param name="Target">The visitors target, if any.</param>
/// <param name="Gap">The counted visitors' difference with the target in percent of it (25 for 2,500 against 2,000), if there is a target.</param>
/// <param name="Events">Each event expecting or counting visitors, in date order.</param>
public sealed record VisitorsResponse(Guid CohortId, int Counted, int Expected, decimal? Target, decimal? Gap, IReadOnlyList<EventVisitorsResponse> Events)
{
    /// <summary>Describes a report.</summary>
    public static VisitorsResponse Of(Guid cohortId, EventAttendanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(cohortId, report.Counted, report.Expected, report.Target, report.Gap, [.. report.Events.Select(EventVisitorsResponse.Of)]);
    }
}
