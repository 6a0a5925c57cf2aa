using Cohorts.Host.Access;
using Cohorts.Host.Manage;

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
    public static async Task<CohortAccess> RequireProgressReaderAsync(this UserAccess access, Guid cohortId, CancellationToken cancellationToken = default) =>
        await access.RequireProgressReaderAsync(cohortId, null, cancellationToken);

    /// <summary>
    /// As <see cref="RequireProgressReaderAsync(UserAccess, Guid, CancellationToken)"/>, the cohort and its programme read
    /// from the cohort list's kept rows when they are current (<see cref="CohortListCache"/>: exactly the database's rows at
    /// its data version; stale ones are not read again here, the cohort is read alone); <see cref="UserAccess"/> decides
    /// as always.
    /// </summary>
    /// <exception cref="Workflows.Services.DomainRuleException">No cohort has that id (404 naming <c>cohortId</c>).</exception>
    /// <exception cref="AccessDeniedException">The user neither manages nor funds the cohort.</exception>
    internal static async Task<CohortAccess> RequireProgressReaderAsync(this UserAccess access, Guid cohortId, CohortListCache? lists, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        CohortAccess cohort;
        if (lists?.Current() is not { } rows)
        {
            cohort = await access.GetCohortAccessAsync(cohortId, cancellationToken);
        }
        else
        {
            var found = rows.Find(cohortId) ?? throw Workflows.Services.DomainRuleException.NotFound("cohortId", "cohort", cohortId);
            cohort = await access.GetCohortAccessAsync(found, rows.Programmes[found.ProgrammeId], cancellationToken);
        }

        return cohort.Manages || cohort.FunderId is not null
            ? cohort
            : throw new AccessDeniedException("The progress of this cohort is for its programme's managers and its funders.");
    }
}
