using Cohorts.Host.Manage;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;

namespace Cohorts.Host.Api.Manager;

/// <summary>A cohort's own targets, the targets in force (its own over its programme's) and whether it is archived.</summary>
/// <param name="Id">The cohort's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Targets">Its own targets (none: its programme's apply).</param>
/// <param name="TargetsInForce">The targets in force, its own where set, else its programme's.</param>
/// <param name="Archived">Whether it is archived.</param>
public sealed record CohortSettingsResponse(Guid Id, string Name, IReadOnlyList<TargetView> Targets, IReadOnlyList<TargetView> TargetsInForce, bool Archived)
{
    /// <summary>Describes a cohort of a programme.</summary>
    public static CohortSettingsResponse Of(Cohort cohort, Programme programme)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return new(
            cohort.Id,
            cohort.Name,
            [.. cohort.Targets.OrderBy(t => t.Kpi).Select(t => new TargetView(t.Kpi, t.Target))],
            [.. ProgressCalculator.Targets(cohort, programme).OrderBy(t => t.Key).Select(t => new TargetView(t.Key, t.Value))],
            cohort.ArchivedAt is not null);
    }
}
