using Cohorts.Engine.Definitions;
using Cohorts.Engine.Runtime;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Simulation;

/// <summary>
/// One simulation's run: publishes the definitions, launches the synthetic cohort, then moves the clock from one due
/// thing to the next (a timer, a session's planned time, a milestone's due date), answering every human step on time
/// through the domain's services and noting the first day each target is reached.
/// </summary>
internal sealed class SimulationRun
{
    private const string Simulator = "Simulation";
    private const int MaxSteps = 100_000;

    private readonly SimulationHost _host;
    private readonly SimulationRequest _request;
    private readonly TimeZoneInfo _zone;
    private readonly CohortsStore _store;
    private readonly WorkflowRuntime _runtime;
    private readonly Dictionary<Guid, Session> _sessions = [];
    private readonly Dictionary<Guid, Milestone> _milestones = [];
    private readonly Dictionary<KpiKind, DateOnly> _reached = [];
    private readonly List<string> _unanswered = [];

    // Milestones are planned ahead (due at cohortStart + P6M...): those due up to this instant were looked at already.
    private DateTimeOffset _milestonesSeenUntil = DateTimeOffset.MinValue;
    private Cohort _cohort = null!;
    private Guid? _funderId;

    public SimulationRun(SimulationHost host, SimulationRequest request, TimeZoneInfo zone)
    {
        _host = host;
        _request = request;
        _zone = zone;
        _store = host.Get<CohortsStore>();
        _runtime = host.Get<WorkflowRuntime>();
    }

    private DateTimeOffset Now => _host.Clock.GetUtcNow();

    public async Task<SimulationResult> RunAsync(CancellationToken cancellationToken)
    {
        var launch = await LaunchAsync(cancellationToken);
        var horizon = SimulationReport.EndOfCohort(_request, _zone).AddYears(1);
        var steps = 0;
        var stalled = 0;
        while (steps < MaxSteps)
        {
            var answered = await AnswerDueAsync(cancellationToken);
            await TrackTargetsAsync(cancellationToken);
            if (await NextAsync(cancellationToken) is not { } next || next > horizon)
            {
                break;
            }

            if (next > Now)
            {
                _host.Clock.MoveTo(next);
                steps++;
                stalled = 0;
            }
            else if (answered == 0 && ++stalled > 2)
            {
                break; // a timer due now that resumes nothing: what is left waits for something the plan never does
            }

            await _runtime.TriggerDueTimersAsync(cancellationToken);
        }

        var completion = await SimulationReport.CompletionAsync(_host, _runtime, launch, _unanswered, cancellationToken);
        return await SimulationReport.BuildAsync(_host, _request, _zone, _cohort, [.. _reached], completion, steps, cancellationToken);
    }

    private async Task<CohortLaunch> LaunchAsync(CancellationToken cancellationToken)
    {
        var catalog = _host.Get<WorkflowDefinitionCatalog>();
        var programme = _request.Programme;
        await PublishAsync(catalog, _request.CompanyWorkflowJson, programme.DefinitionId, cancellationToken);
        if (programme.CohortDefinitionId is { } cohortDefinitionId)
        {
            await PublishAsync(catalog, _request.CohortWorkflowJson!, cohortDefinitionId, cancellationToken);
        }

        await _host.Get<ProgrammeService>().AddAsync(programme, cancellationToken);
        var launch = await _host.Get<CohortLauncher>().CreateAndLaunchAsync(ProgrammeSimulator.Plan(_request), cancellationToken);
        var queries = _host.Get<CohortQueries>();
        _cohort = await queries.GetCohortAsync(launch.CohortId, cancellationToken);
        _funderId = (await queries.GetFundersAsync(launch.CohortId, cancellationToken)).FirstOrDefault()?.Id;
        return launch;
    }

    private static async Task PublishAsync(WorkflowDefinitionCatalog catalog, string json, string expectedId, CancellationToken cancellationToken)
    {
        var definition = await catalog.PublishJsonAsync(json, cancellationToken);
        if (definition.DefinitionId != expectedId)
        {
            throw new ArgumentException($"The definition document's id is '{definition.DefinitionId}', but the programme names '{expectedId}'.", nameof(json));
        }
    }

    /// <summary>Answers whatever is due now, again until an answer makes nothing new due (a signal may plan more).</summary>
    private async Task<int> AnswerDueAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var answered = await ScreenAsync(cancellationToken) + await RecordSessionsAsync(cancellationToken) + await DecideMilestonesAsync(cancellationToken);
            total += answered;
            if (answered == 0)
            {
                _milestonesSeenUntil = Now;
                return total;
            }
        }
    }

    /// <summary>Accepts every application whose Screening step waits for a manager, by name (coaches go first come, first served).</summary>
    private async Task<int> ScreenAsync(CancellationToken cancellationToken)
    {
        var cohortId = _cohort.Id;
        var applied = await _store.ReadAsync(
            db => db.Companies.AsNoTracking()
                .Where(c => c.CohortId == cohortId && c.Status == CompanyStatus.Applied)
                .OrderBy(c => c.Name)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken),
            cancellationToken);
        var screening = _host.Get<ScreeningService>();
        var answered = 0;
        foreach (var companyId in applied)
        {
            var waiting = await _host.EngineStore.FindSignalBookmarksAsync(CohortSignals.ScreeningDecided, CohortSignals.CompanyKey(companyId), cancellationToken);
            if (waiting.Count > 0)
            {
                await screening.DecideAsync(companyId, ScreeningDecision.Accepted, null, cancellationToken);
                answered++;
            }
        }

        return answered;
    }

    /// <summary>
    /// Records the outcome of every session planned by now and not recorded yet: held on time, everyone present, the
    /// expected visitors counted.
    /// </summary>
    private async Task<int> RecordSessionsAsync(CancellationToken cancellationToken)
    {
        var (cohortId, now) = (_cohort.Id, Now);
        var due = await _store.ReadAsync(
            db => db.Sessions.AsNoTracking()
                .Where(s => s.CohortId == cohortId && s.PlannedAt <= now && s.Outcome == null)
                .OrderBy(s => s.PlannedAt)
                .ToListAsync(cancellationToken),
            cancellationToken);
        var sessions = _host.Get<SessionService>();
        var answered = 0;
        foreach (var session in due)
        {
            _sessions[session.Id] = session;
            List<Attendance> attendance = [.. session.CompanyIds.Select(id => new Attendance(id, Present: true))];
            await sessions.RecordOutcomeAsync(new SessionOutcomeReport(session.Id, null, Simulator, attendance, Visitors: session.ExpectedVisitors), cancellationToken);
            session.RecordOutcome(new SessionOutcome(now, Simulator, attendance, string.Empty, [], session.ExpectedVisitors));
            answered++;
        }

        return answered;
    }

    /// <summary>Passes every milestone due by now, by its reviewer (the cohort's funder for a funder's review).</summary>
    private async Task<int> DecideMilestonesAsync(CancellationToken cancellationToken)
    {
        var (cohortId, after, now) = (_cohort.Id, _milestonesSeenUntil, Now);
        var due = await _store.ReadAsync(
            db => db.Milestones.AsNoTracking()
                .Where(m => m.CohortId == cohortId && m.DueAt > after && m.DueAt <= now)
                .OrderBy(m => m.DueAt)
                .ToListAsync(cancellationToken),
            cancellationToken);
        var milestones = _host.Get<MilestoneService>();
        var answered = 0;
        foreach (var milestone in due.Where(m => !_milestones.ContainsKey(m.Id)))
        {
            _milestones[milestone.Id] = milestone;
            if (milestone.FinalDecision is not null)
            {
                continue;
            }

            if (milestone.Reviewer == ReviewerRole.Funder && _funderId is null)
            {
                _unanswered.Add($"Milestone '{milestone.Name}' is decided by a funder, and the programme names none.");
                continue;
            }

            var verdict = new MilestoneVerdict(milestone.Id, milestone.Reviewer, MilestoneOutcome.Passed)
            {
                FunderId = milestone.Reviewer == ReviewerRole.Funder ? _funderId : null,
            };
            milestone.Decide(await milestones.DecideAsync(verdict, cancellationToken));
            answered++;
        }

        return answered;
    }

    /// <summary>Notes the first day each target in force is reached, from the data recorded so far.</summary>
    private async Task TrackTargetsAsync(CancellationToken cancellationToken)
    {
        var targets = ProgressCalculator.Targets(_cohort, _request.Programme);
        if (targets.Keys.All(_reached.ContainsKey))
        {
            return;
        }

        var cohortId = _cohort.Id;
        var companies = await _store.ReadAsync(db => db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId).ToListAsync(cancellationToken), cancellationToken);
        var report = ProgressCalculator.Compute(new ProgressSnapshot(_cohort, _request.Programme, companies, [.. _sessions.Values], [.. _milestones.Values], Now));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, _zone).DateTime);
        foreach (var kpi in report.Kpis)
        {
            if (kpi is { Target: { } target, Current: { } current } && current >= target)
            {
                _reached.TryAdd(kpi.Kpi, today);
            }
        }
    }

    /// <summary>Finds the next instant something is due: a timer, a session's planned time or a milestone's due date.</summary>
    private async Task<DateTimeOffset?> NextAsync(CancellationToken cancellationToken)
    {
        var (cohortId, now) = (_cohort.Id, Now);
        var timer = await _runtime.GetNextTimerDueAtAsync(cancellationToken);
        var (session, milestone) = await _store.ReadAsync(
            async db => (
                await db.Sessions.Where(s => s.CohortId == cohortId && s.PlannedAt > now).OrderBy(s => s.PlannedAt).Select(s => (DateTimeOffset?)s.PlannedAt).FirstOrDefaultAsync(cancellationToken),
                await db.Milestones.Where(m => m.CohortId == cohortId && m.DueAt > now).OrderBy(m => m.DueAt).Select(m => (DateTimeOffset?)m.DueAt).FirstOrDefaultAsync(cancellationToken)),
            cancellationToken);
        return new[] { timer, session, milestone }.Where(t => t is not null).Min();
    }
}
