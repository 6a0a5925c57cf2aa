using Cohorts.Engine.Instances;
using Cohorts.Host.Access;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Manage;

/// <summary>
/// Reads a cohort's board: for each company the user sees, its status and coach, where its journey is (its coaching
/// sessions, next review), the steps its workflow instance waits at (from the engine's instance state and the
/// definition version it runs), its next session and its late ones. A page of the board reads every row from the
/// domain in a few queries and the engine's steps of the rows it shows only (<see cref="WithStepsAsync"/>), so a
/// board of 100 companies answers as fast as one of 17 (docs/PERFORMANCE.md: board_ms_100_companies).
/// </summary>
public sealed class CohortBoardReader(
    CohortReader cohorts,
    UserAccess access,
    IDbContextFactory<CohortsDbContext> domain,
    InstanceSteps instances,
    CohortLauncher launcher,
    TimeProvider clock)
{
    /// <summary>Reads the board with every row's waiting steps (the API's board).</summary>
    /// <exception cref="Cohorts.Workflows.Services.DomainRuleException">No cohort has that id (404).</exception>
    /// <exception cref="AccessDeniedException">The user has no part in it.</exception>
    public async Task<CohortBoard> ReadAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var board = await ReadRowsAsync(cohortId, cancellationToken);
        return board with { Rows = await WithStepsAsync(cohortId, board.Rows, cancellationToken) };
    }

    /// <summary>
    /// Reads the board from the domain only: each row's waiting steps are left empty, its instance status is known
    /// when faulted (one query), and whether it waits for a screening or a coach is read from the company's status.
    /// </summary>
    /// <exception cref="Cohorts.Workflows.Services.DomainRuleException">No cohort has that id (404).</exception>
    /// <exception cref="AccessDeniedException">The user has no part in it.</exception>
    public async Task<CohortBoard> ReadRowsAsync(Guid cohortId, CancellationToken cancellationToken = default)
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

        var definitionId = cohortAccess.Programme.DefinitionId;
        var faulted = await instances.FaultedAsync(definitionId, cancellationToken);
        var planned = cohortAccess.Cohort.DefinitionVersion is { } version ? await instances.CoachingPlannedAsync(definitionId, version, cancellationToken) : null;
        var launched = cohortAccess.Cohort.LaunchedAt is not null;
        var coachNames = details.Coaches.ToDictionary(c => c.Id, c => c.Name);
        var sessionsOf = CompanySessions(sessions);
        var reviewsOf = milestones.Where(m => m.FinalDecision is null).ToLookup(m => m.CompanyId!.Value);
        List<BoardRow> rows = [];
        foreach (var company in companies.OrderBy(c => c.Name, StringComparer.CurrentCulture))
        {
            var own = sessionsOf.GetValueOrDefault(company.Id) ?? [];
            var late = own.Where(s => s.IsLate(now)).ToList();
            var next = own.FirstOrDefault(s => s.PlannedAt >= now && !s.IsHeld);
            var status = company.InstanceId is { } instanceId && faulted.Contains(instanceId) ? WorkflowStatus.Faulted : (WorkflowStatus?)null;
            rows.Add(new BoardRow(
                company.Id,
                company.Name,
                company.Status,
                company.CoachId,
                company.CoachId is { } coachId ? coachNames.GetValueOrDefault(coachId) : null,
                company.InstanceId,
                status,
                [],
                next is null ? null : new BoardSession(next.Id, next.Title, next.PlannedAt),
                late.Count,
                late.Count == 0 ? null : new BoardSession(late[0].Id, late[0].Title, late[0].PlannedAt),
                Journey(
                    own,
                    reviewsOf[company.Id],
                    planned,
                    launched && company.InstanceId is not null && company.Status == CompanyStatus.Applied,
                    company.Status == CompanyStatus.Accepted && company.CoachId is null,
                    now)));
        }

        return new CohortBoard(details.Summary, rows, cohortAccess.Manages ? details.Coaches : []);
    }

    /// <summary>
    /// Fills in some rows' waiting steps and instance status from the engine (one instance read each), and whether
    /// they wait for a screening or a coach from those steps. A company pointing to an instance that does not exist
    /// (a launch left half done) has its cohort's launch completed first, idempotently.
    /// </summary>
    public async Task<IReadOnlyList<BoardRow>> WithStepsAsync(Guid cohortId, IReadOnlyList<BoardRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);

        // The instances are read side by side (each read has its own context and connection; SQLite's WAL lets readers
        // run together), then a missing one completes its cohort's launch, once.
        var journeys = await Task.WhenAll(rows.Select(row => instances.ReadJourneyAsync(row.InstanceId, cancellationToken)));
        List<BoardRow> filled = [];
        var resumed = false;
        foreach (var (row, read) in rows.Zip(journeys))
        {
            var journey = read;
            if (journey.Status is null && row.InstanceId is not null && !resumed)
            {
                resumed = await launcher.ResumeLaunchAsync(cohortId, cancellationToken);
                journey = await instances.ReadJourneyAsync(row.InstanceId, cancellationToken);
            }

            filled.Add(row with
            {
                InstanceStatus = journey.Status,
                CurrentSteps = journey.Steps,
                Journey = row.Journey with
                {
                    AwaitsScreening = journey.Steps.Any(s => s.Signal == CohortSignals.ScreeningDecided),
                    AwaitsCoach = journey.Steps.Any(s => s.Signal == CohortSignals.CoachAssigned),
                    CoachingPlanned = Math.Max(row.Journey.CoachingPlanned, journey.CoachingPlanned ?? 0),
                },
            });
        }

        return filled;
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

    private static BoardJourney Journey(List<Session> own, IEnumerable<Milestone> reviews, int? planned, bool awaitsScreening, bool awaitsCoach, DateTimeOffset now)
    {
        var coaching = own.Where(s => s.Kind == SessionKind.Coaching).ToList();
        var nextIndex = coaching.FindIndex(s => !s.IsSettled); // a no-show or a cancelled session is behind it, not where it stands
        var next = nextIndex < 0 ? null : coaching[nextIndex];
        var review = reviews.OrderBy(m => m.DueAt).FirstOrDefault();
        return new BoardJourney(
            Math.Max(planned ?? 0, coaching.Count),
            coaching.Count(s => s.IsHeld),
            next is null ? null : new BoardMoment(next.Title, next.PlannedAt, nextIndex + 1, next.IsLate(now)),
            review is null ? null : new BoardMoment(review.Name, review.DueAt, null, review.DueAt < now),
            awaitsScreening,
            awaitsCoach);
    }
}
