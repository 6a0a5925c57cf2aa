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
        List<Milestone> milestones;
        await using (var db = await domain.CreateDbContextAsync(cancellationToken))
        {
            companies = await CohortReader.VisibleCompanies(db, cohortAccess).ToListAsync(cancellationToken);
            sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).ToListAsync(cancellationToken);
            milestones = await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohortId && m.CompanyId != null).ToListAsync(cancellationToken);
        }

        var coachNames = details.Coaches.ToDictionary(c => c.Id, c => c.Name);
        var sessionsOf = CompanySessions(sessions);
        var reviewsOf = milestones.Where(m => m.FinalDecision is null).ToLookup(m => m.CompanyId!.Value);
        List<BoardRow> rows = [];
        var resumed = false;
        foreach (var company in companies.OrderBy(c => c.Name, StringComparer.CurrentCulture))
        {
            var own = sessionsOf.GetValueOrDefault(company.Id) ?? [];
            var late = own.Where(s => s.IsLate(now)).ToList();
            var next = own.FirstOrDefault(s => s.PlannedAt >= now && !s.IsHeld);
            var journey = await instances.ReadJourneyAsync(company.InstanceId, cancellationToken);
            if (journey.Status is null && company.InstanceId is not null && !resumed)
            {
                // The company points to an instance that does not exist: its cohort's launch was left half done.
                // Complete it (idempotently) rather than show a launched company without its journey.
                resumed = await launcher.ResumeLaunchAsync(cohortId, cancellationToken);
                journey = await instances.ReadJourneyAsync(company.InstanceId, cancellationToken);
            }

            var (status, steps) = (journey.Status, journey.Steps);

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
                late.Count == 0 ? null : new BoardSession(late[0].Id, late[0].Title, late[0].PlannedAt),
                Journey(own, reviewsOf[company.Id], journey, now)));
        }

        return new CohortBoard(details.Summary, rows, cohortAccess.Manages ? details.Coaches : []);
    }

    /// <summary>Each company's sessions and events, by date (one pass over the cohort's sessions).</summary>
    private static Dictionary<Guid, List<Session>> CompanySessions(List<Session> sessions)
    {
        Dictionary<Guid, List<Session>> of = [];
        foreach (var session in sessions.OrderBy(s => s.PlannedAt))
        {
            foreach (var companyId in session.CompanyIds)
            {
                if (!of.TryGetValue(companyId, out var list))
                {
                    of[companyId] = list = [];
                }

                list.Add(session);
            }
        }

        return of;
    }

    private static BoardJourney Journey(List<Session> own, IEnumerable<Milestone> reviews, InstanceJourney journey, DateTimeOffset now)
    {
        var coaching = own.Where(s => s.Kind == SessionKind.Coaching).ToList();
        var nextIndex = coaching.FindIndex(s => !s.IsHeld);
        var next = nextIndex < 0 ? null : coaching[nextIndex];
        var review = reviews.OrderBy(m => m.DueAt).FirstOrDefault();
        return new BoardJourney(
            Math.Max(journey.CoachingPlanned ?? 0, coaching.Count),
            coaching.Count(s => s.IsHeld),
            next is null ? null : new BoardMoment(next.Title, next.PlannedAt, nextIndex + 1, next.IsLate(now)),
            review is null ? null : new BoardMoment(review.Name, review.DueAt, null, review.DueAt < now),
            journey.Steps.Any(s => s.Signal == CohortSignals.ScreeningDecided),
            journey.Steps.Any(s => s.Signal == CohortSignals.CoachAssigned));
    }
}
