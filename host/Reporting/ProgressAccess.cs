using Cohorts.Host.Access;

namespace Cohorts.Host.Reporting;

/// <summary>Who reads a cohort's progress, charts and exports.</summary>
public static class ProgressAccess
{
    /// <summary>
    /// Refuses unless the user manages the cohort's programme or funds the cohort. A coach is refused outright: the
    /// progress covers every company of the cohort, and a coach sees only their own (their companies' figures are on
    /// the coach pages), so a partial report that reads as the cohort's would mislead.
    /// </summary>
    /// <exception cref="AccessDeniedException">The user neither manages nor funds the cohort.</exception>
    public static async Task<CohortAccess> RequireProgressReaderAsync(this UserAccess access, Guid cohortId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var cohort = await access.GetCohortAccessAsync(cohortId, cancellationToken);
        return cohort.Manages || cohort.FunderId is not null
            ? cohort
            : throw new AccessDeniedException($"The progress of cohort '{cohort.Cohort.Name}' is for its programme's managers and its funders.");
    }
}
