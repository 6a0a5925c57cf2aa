using Cohorts.Host.Access;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Manage;

/// <summary>
/// Reads a cohort's board: for each company the user sees, its status and coach, the steps its workflow instance waits
/// at (from the engine's instance state and the definition version it runs), its next session and its late ones.
/// </summary>
public sealed class CohortBoardReader(
    CohortReader cohorts,
    UserAccess access,
    IDbContextFactory<CohortsDbContext> domain,
    InstanceSteps instances,
    CohortLauncher launcher,
    TimeProvider clock)
{
    /// <summary>Reads the board.</summary>
    /// <exception cref="Cohorts.Workflows.Services.DomainRuleException">No cohort has that id (404).</exception>
    /// <exception cref="AccessDeniedException">The user has no part in it.</exception>
    public async Task<CohortBoard> ReadAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var details = await cohorts.GetAsync(cohortId, cancellationToken);
        var cohortAccess = await access.RequireCohortViewerAsync(cohortId, cancellationToken);
        var now = clock.GetUtcNow();
        List<Company> companies;
        List<Session> sessions;
        await using (var db = await domain.CreateDbContextAsync(cancellationToken))
        {
            companies = await CohortReader.VisibleCompanies(db, cohortAccess).ToListAsync(cancellationToken);
            sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).ToListAsync(cancellationToken);
        }

        var coachNames = details.Coaches.ToDictionary(c => c.Id, c => c.Name);
        List<BoardRow> rows = [];
        var resumed = false;
        foreach (var company in companies.OrderBy(c => c.Name, StringComparer.CurrentCulture))
        {
            var own = sessions.Where(s => s.CompanyIds.Contains(company.Id)).OrderBy(s => s.PlannedAt).ToList();
            var late = own.Where(s => s.IsLate(now)).ToList();
            var next = own.FirstOrDefault(s => s.PlannedAt >= now && !s.IsHeld);
            var (status, steps) = await instances.ReadAsync(company.InstanceId, cancellationToken);
            if (status is null && company.InstanceId is not null && !resumed)
            {
                // The company points to an instance that does not exist: its cohort's launch was left half done.
                // Complete it (idempotently) rather than show a launched company without its journey.
                resumed = await launcher.ResumeLaunchAsync(cohortId, cancellationToken);
                (status, steps) = await instances.ReadAsync(company.InstanceId, cancellationToken);
            }

            rows.Add(new BoardRow(
                company.Id,
                company.Name,
                company.Status,
                company.CoachId,
                company.CoachId is { } coachId ? coachNames.GetValueOrDefault(coachId) : null,
                company.InstanceId,
                status,
                steps,
                next is null ? null : new BoardSession(next.Id, next.Title, next.PlannedAt),
                late.Count,
                late.Count == 0 ? null : new BoardSession(late[0].Id, late[0].Title, late[0].PlannedAt)));
        }

        return new CohortBoard(details.Summary, rows, cohortAccess.Manages ? details.Coaches : []);
    }
}
