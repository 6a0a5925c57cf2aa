using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Runtime;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Demo;

/// <summary>
/// Plays a demo cohort's past on the live database: the real engine and domain services on the host's database file,
/// with a <see cref="DemoClock"/> from the cohort's launch to the present. Applications are accepted, sessions and
/// events are recorded by their coach or organiser (most companies present), milestones due are passed, timers fire
/// in order; the sessions of the last days are left for the coaches to record (so the demo has late sessions). The
/// host's timer reconciliation then schedules what is left with Quartz.
/// </summary>
internal sealed class DemoHistory : IAsyncDisposable
{
    private const string Organiser = "Claire Dubois";
    private static readonly TimeSpan LeftToRecord = TimeSpan.FromDays(12);

    // A third of the companies (every third by name) also have their last month's coaching sessions unrecorded, so
    // each coach has overdue outcomes to record (coaching is monthly: the last 12 days may hold none).
    private static readonly TimeSpan CoachingLeftToRecord = TimeSpan.FromDays(31);

    private readonly ServiceProvider _services;
    private readonly DemoClock _clock;
    private readonly Random _random = new(2021);
    private HashSet<Guid> _lateCompanies = [];
    private int _notes;

    private DemoHistory(ServiceProvider services, DemoClock clock)
    {
        _services = services;
        _clock = clock;
    }

    public static DemoHistory Create(SqliteWorkflowStoreOptions database, CohortsDatabaseOptions provider, DateTimeOffset start)
    {
        var clock = new DemoClock(start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(Options.Create(database));
        services.AddSingleton(Options.Create(provider));
        services.AddCohortsWorkflows();
        return new DemoHistory(services.BuildServiceProvider(), clock);
    }

    /// <summary>Gets the demo clock's present.</summary>
    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>Gets the demo's seeded random source.</summary>
    public Random Random => _random;

    /// <summary>Creates and launches the cohort at the clock's start, then plays it up to <paramref name="until"/> as <paramref name="script"/> says.</summary>
    public async Task<Guid> PlayAsync(DemoScript script, string programmeId, CohortPlan plan, DateTimeOffset until, CancellationToken cancellationToken)
    {
        plan = await script.CompletePlanAsync(plan, _services, cancellationToken);
        var launch = await Get<CohortLauncher>().CreateAndLaunchAsync(plan, cancellationToken: cancellationToken);
        var play = new DemoPlay(this, launch.CohortId, programmeId);
        var companies = await Get<CohortQueries>().GetCompaniesAsync(launch.CohortId, cancellationToken: cancellationToken);
        _lateCompanies = [.. companies.OrderBy(c => c.Name, StringComparer.Ordinal).Where((_, index) => index % 3 == 0).Select(c => c.Id)];
        var runtime = Get<WorkflowRuntime>();
        while (true)
        {
            while (await AnswerDueAsync(script, play, until, cancellationToken) + await script.ActAsync(play, cancellationToken) > 0)
            {
            }

            var next = await NextAsync(launch.CohortId, runtime, cancellationToken);
            if (next is not { } instant || instant > until)
            {
                break;
            }

            _clock.MoveTo(instant);
            await runtime.TriggerDueTimersAsync(cancellationToken);
        }

        await script.FinishAsync(play, cancellationToken);
        return launch.CohortId;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    private async Task<int> AnswerDueAsync(DemoScript script, DemoPlay play, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var cohortId = play.CohortId;
        var now = _clock.GetUtcNow();
        var recordBefore = until - LeftToRecord;
        List<Guid> applied;
        List<Session> sessions;
        List<Milestone> milestones;
        Guid? funderId;
        await using (var db = await Get<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            applied = await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId && c.Status == CompanyStatus.Applied).OrderBy(c => c.Name).Select(c => c.Id).ToListAsync(cancellationToken);
            sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.PlannedAt <= now && s.PlannedAt < recordBefore && s.Outcome == null && s.CancelledAt == null).OrderBy(s => s.PlannedAt).ThenBy(s => s.Title).ToListAsync(cancellationToken);
            milestones = await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohortId && m.DueAt <= now).ToListAsync(cancellationToken);
            funderId = await db.Funders.AsNoTracking().Where(f => f.CohortId == cohortId).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken);
        }

        var answered = 0;
        foreach (var companyId in applied)
        {
            try
            {
                await Get<ScreeningService>().DecideAsync(companyId, ScreeningDecision.Accepted, "Dossier complet, projet d’innovation clair.", "manager@cohorts.demo", cancellationToken: cancellationToken);
                answered++;
            }
            catch (DomainRuleException)
            {
                // not at its screening step yet: answered on a later pass
            }
        }

        var coachingBefore = until - CoachingLeftToRecord;
        foreach (var session in sessions.Where(s => s.CoachId is null || s.PlannedAt < coachingBefore || !s.CompanyIds.Any(_lateCompanies.Contains)))
        {
            await script.RecordAsync(session, play, cancellationToken);
            answered++;
        }

        foreach (var milestone in milestones.Where(m => m.FinalDecision is null && m.Decisions.Count == 0))
        {
            if (milestone.Reviewer == ReviewerRole.Funder && funderId is null)
            {
                continue;
            }

            await Get<MilestoneService>().DecideAsync(
                new MilestoneVerdict(milestone.Id, milestone.Reviewer, MilestoneOutcome.Passed, "Objectifs de l’étape atteints.")
                {
                    FunderId = milestone.Reviewer == ReviewerRole.Funder ? funderId : null,
                    DecidedBy = milestone.Reviewer == ReviewerRole.Funder ? DemoCohorts.FunderName : Organiser,
                },
                cancellationToken);
            answered++;
        }

        return answered;
    }

    /// <summary>Records an outcome the demo's default way: about nine companies in ten present, a note, visitors near the expected number.</summary>
    public async Task RecordAsync(Session session, CancellationToken cancellationToken)
    {
        List<Attendance> attendance = [.. session.CompanyIds.Select(id => new Attendance(id, Present: _random.NextDouble() < 0.88))];
        var note = DemoCohorts.Notes[_notes++ % DemoCohorts.Notes.Count];
        IReadOnlyList<ActionItem> actions = session.CoachId is null
            ? []
            : [new ActionItem("Formaliser les prochaines étapes du plan d’innovation", "Dirigeant", DateOnly.FromDateTime(session.PlannedAt.AddDays(21).UtcDateTime))];
        var visitors = session.ExpectedVisitors is { } expected ? (int)(expected * (0.8 + (_random.NextDouble() * 0.3))) : (int?)null;
        // Recorded by the coach's account, as the coach's pages record it (their e-mail address), or by the organiser.
        var recordedBy = Organiser;
        if (session.CoachId is { } coachId)
        {
            await using var db = await Get<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync(cancellationToken);
            recordedBy = await db.Coaches.AsNoTracking().Where(c => c.Id == coachId).Select(c => c.Email).SingleAsync(cancellationToken);
        }

        await Get<SessionService>().RecordOutcomeAsync(
            new SessionOutcomeReport(session.Id, session.CoachId, recordedBy, attendance, note, actions, visitors),
            cancellationToken);
    }

    private async Task<DateTimeOffset?> NextAsync(Guid cohortId, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var timer = await runtime.GetNextTimerDueAtAsync(cancellationToken);
        await using var db = await Get<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.Where(s => s.CohortId == cohortId && s.PlannedAt > now).OrderBy(s => s.PlannedAt).Select(s => (DateTimeOffset?)s.PlannedAt).FirstOrDefaultAsync(cancellationToken);
        var milestone = await db.Milestones.Where(m => m.CohortId == cohortId && m.DueAt > now).OrderBy(m => m.DueAt).Select(m => (DateTimeOffset?)m.DueAt).FirstOrDefaultAsync(cancellationToken);
        return new[] { timer, session, milestone }.Where(t => t is not null).Min();
    }
}
