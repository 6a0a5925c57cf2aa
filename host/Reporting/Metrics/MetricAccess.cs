using Cohorts.Host.Access;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Reporting.Metrics;

/// <summary>Who reads a programme's metrics: its managers (every cohort), a funder (the cohorts of it they fund), as <see cref="UserAccess"/> says.</summary>
internal static class MetricAccess
{
    /// <summary>Gets the cohorts of the programme the user may read: null for all (a manager), else the funded ones.</summary>
    /// <exception cref="DomainRuleException">No programme has that id (404 naming <c>programmeId</c>).</exception>
    /// <exception cref="AccessDeniedException">The user neither manages the programme nor funds a cohort of it.</exception>
    public static async Task<IReadOnlyCollection<Guid>?> RequireProgrammeReaderAsync(this UserAccess access, IDbContextFactory<CohortsDbContext> domain, string programmeId, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        if (!await db.Programmes.AnyAsync(p => p.Id == programmeId, cancellationToken))
        {
            throw DomainRuleException.NotFound("programmeId", "programme", programmeId);
        }

        if ((await access.GetManagedProgrammeIdsAsync(cancellationToken)).Contains(programmeId))
        {
            return null;
        }

        var funded = (await access.GetFunderRecordsAsync(cancellationToken)).Select(f => f.CohortId).ToList();
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => c.ProgrammeId == programmeId && funded.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        return cohorts.Count > 0
            ? cohorts
            : throw new AccessDeniedException("The metrics of this programme are for its managers and the funders of its cohorts.");
    }
}
