using System.Text.Json.Nodes;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Runtime;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.Simulation;

/// <summary>
/// One simulation's run: publishes the definitions, launches the synthetic cohort, then moves the clock from one due
/// thing to the next (a timer, a session's planned time, a milestone's due date), answering every human step on time
/// (through the domain's services; the sessions' outcomes in bulk, see <see cref="RecordSessionsAsync"/>) and noting the
/// first day each target is reached.
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

    // Milestones are planned ahead (due at cohortStart + P6M...): those due up to this instant were looked at already,
    // unless one was planned since (a review planned after its due date, by a session that was itself late): how many
    // milestones there were then says so.
    private DateTimeOffset _milestonesSeenUntil = DateTimeOffset.MinValue;
    private int _milestonesPlanned;

    // Whether anything was recorded or any workflow stepped since the targets were last looked at.
    private bool _changed = true;
    private Cohort _cohort = null!;

    // The cohort's companies as last read for the targets, and how many were in each status then.
    private List<Company>? _companies;
    private List<StatusCountRow> _companyStatuses = [];

    // How many times what the targets are counted from changed (a session or milestone recorded, the companies read
    // again), and that number when they were last counted.
    private int _recorded;
    private int? _counted;
    private Guid? _funderId;

    public SimulationRun(SimulationHost host, SimulationRequest request, TimeZoneInfo zone)
    {
        _host = host;
        _request = request;
        _zone = zone;
        _store = host.Get<CohortsStore>();
        _runtime = host.Get<WorkflowRuntime>();
    }

    /// <summary>The recorded data an indicator is counted from.</summary>
    private enum Counted
    {
        Companies,
        Sessions,
        Milestones,
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
            _changed |= answered > 0;
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

            var fired = await _runtime.TriggerDueTimersAsync(cancellationToken);
            _changed |= fired > 0;
            if (fired > 0)
            {
                stalled = 0; // timers due at the same instant, fired one step at a time (events planned ahead at launch): progress
            }
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

        await _host.Get<ProgrammeService>().AddAsync(programme, cancellationToken: cancellationToken);
        foreach (var form in _request.FormsJson)
        {
            await _host.Get<Forms.FormService>().PublishAsync(programme.Id, form, Simulator, cancellationToken);
        }

        var launch = await _host.Get<CohortLauncher>().CreateAndLaunchAsync(ProgrammeSimulator.Plan(_request), cancellationToken: cancellationToken);
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
        // Only an application whose Screening step waits is answered: with no such wait anywhere (after the first weeks,
        // every clock step), there is nobody to look for.
        if (!_host.EngineStore.AnySignalWaits(CohortSignals.ScreeningDecided))
        {
            return 0;
        }

        var cohortId = _cohort.Id;
        var applied = await _store.ReadAsync(
            db => DomainQueries.For(db).CompanyIdsByStatus(db, cohortId, CompanyStatus.Applied).ToListAsync(cancellationToken).AsTask(),
            cancellationToken);
        var screening = _host.Get<ScreeningService>();
        var answered = 0;
        foreach (var companyId in applied)
        {
            var waiting = await _host.EngineStore.FindSignalBookmarksAsync(CohortSignals.ScreeningDecided, CohortSignals.CompanyKey(companyId), cancellationToken);
            if (waiting.Count > 0)
            {
                await screening.DecideAsync(companyId, ScreeningDecision.Accepted, null, cancellationToken: cancellationToken);
                answered++;
            }
        }

        return answered;
    }

    /// <summary>
    /// Records the outcome of every session planned by now and not recorded yet: held on time, everyone present, the
    /// expected visitors counted.
    /// </summary>
    /// <remarks>
    /// What <see cref="SessionService.RecordOutcomeAsync"/> does for one report, done for all the sessions due at once:
    /// their outcomes written in one transaction, then the <c>session-recorded</c> signal the service sends for each (same
    /// key, signal id and payload), in time order. The service's checks are for people's reports (an unknown session or
    /// coach, attendance naming a company twice or one not expected, an outcome recorded already); the simulator's
    /// reports are made from the sessions it has just read, by construction none of those. No step runs between the
    /// writes and the signals (nothing reads another session's outcome anyway), so the workflows see what they see when
    /// each report goes through the service, for one write transaction per clock step instead of one per session.
    /// </remarks>
    private async Task<int> RecordSessionsAsync(CancellationToken cancellationToken)
    {
        var (cohortId, now) = (_cohort.Id, Now);
        var due = await _store.ReadAsync(
            db => DomainQueries.For(db).SessionsDue(db, cohortId, now).ToListAsync(cancellationToken).AsTask(),
            cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        foreach (var session in due)
        {
            List<Attendance> attendance = [.. session.CompanyIds.Select(id => new Attendance(id, Present: true))];
            session.RecordOutcome(new SessionOutcome(now, Simulator, attendance, string.Empty, [], session.ExpectedVisitors));
            _sessions[session.Id] = session;
        }

        _recorded++;

        await _store.WriteAsync(
            async db =>
            {
                var queries = DomainQueries.For(db);
                foreach (var session in due)
                {
                    await queries.WriteOutcomeAsync(db, session, cancellationToken);
                }
            },
            cancellationToken);
        foreach (var session in due)
        {
            var key = CohortSignals.SessionKey(session.Id);
            var payload = new JsonObject
            {
                ["sessionId"] = session.Id.ToString(),
                ["recordedBy"] = Simulator,
                ["present"] = new JsonArray([.. session.CompanyIds.Select(id => JsonValue.Create(id.ToString()))]),
            };
            await _runtime.SignalAsync(CohortSignals.SessionRecorded, key, payload, $"{key}-outcome", cancellationToken);
        }

        return due.Count;
    }

    /// <summary>Passes every milestone due by now, by its reviewer (the cohort's funder for a funder's review).</summary>
    private async Task<int> DecideMilestonesAsync(CancellationToken cancellationToken)
    {
        var cohortId = _cohort.Id;
        var planned = await _store.ReadAsync(db => DomainQueries.For(db).MilestoneCount(db, cohortId, cancellationToken), cancellationToken);
        var (after, now) = (planned == _milestonesPlanned ? _milestonesSeenUntil : DateTimeOffset.MinValue, Now);
        _milestonesPlanned = planned;
        var due = await _store.ReadAsync(
            db => DomainQueries.For(db).MilestonesDue(db, cohortId, after, now).ToListAsync(cancellationToken).AsTask(),
            cancellationToken);
        var milestones = _host.Get<MilestoneService>();
        var answered = 0;
        foreach (var milestone in due.Where(m => !_milestones.ContainsKey(m.Id)))
        {
            _milestones[milestone.Id] = milestone;
            _recorded++;
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

    /// <summary>
    /// Notes the first day each target in force is reached, from the data recorded so far. The indicators' values depend
    /// on the recorded data only (not on the clock), so they are looked at again only once something has changed.
    /// </summary>
    private async Task TrackTargetsAsync(CancellationToken cancellationToken)
    {
        if (!_changed)
        {
            return;
        }

        _changed = false;
        var open = ProgressCalculator.Targets(_cohort, _request.Programme).Keys.Where(k => !_reached.ContainsKey(k)).ToHashSet();
        if (open.Count == 0)
        {
            return;
        }

        // Only the data the targets still open are counted from (an indicator's value depends on its own data alone):
        // for most of a year only CompaniesGraduated is open, which needs no session.
        IReadOnlyList<Company> companies = open.Any(k => CountedFrom(k, Counted.Companies)) ? await CompaniesAsync(cancellationToken) : [];

        // The indicators' values depend on that data alone (not on the clock): counted again only once it has changed.
        if (_counted == _recorded)
        {
            return;
        }

        _counted = _recorded;
        IReadOnlyList<Session> sessions = open.Any(k => CountedFrom(k, Counted.Sessions)) ? [.. _sessions.Values] : [];
        IReadOnlyList<Milestone> milestones = open.Any(k => CountedFrom(k, Counted.Milestones)) ? [.. _milestones.Values] : [];
        var kpis = ProgressCalculator.ComputeKpis(new ProgressSnapshot(_cohort, _request.Programme, companies, sessions, milestones, Now));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, _zone).DateTime);
        foreach (var kpi in kpis)
        {
            if (open.Contains(kpi.Kpi) && kpi is { Target: { } target, Current: { } current } && current >= target)
            {
                _reached.TryAdd(kpi.Kpi, today);
            }
        }
    }

    /// <summary>
    /// Reads the cohort's companies, again only when their count by status has moved since the last read: the indicators
    /// count companies by status alone, so until then the companies last read give the same values (a count per
    /// status is one read of the index on cohort and status, against every company's row at every clock step).
    /// </summary>
    private async Task<IReadOnlyList<Company>> CompaniesAsync(CancellationToken cancellationToken)
    {
        var cohortId = _cohort.Id;
        var statuses = await _store.ReadAsync(
            db => DomainQueries.For(db).CompanyStatusCounts(db, cohortId).ToListAsync(cancellationToken).AsTask(),
            cancellationToken);
        if (_companies is null || !statuses.SequenceEqual(_companyStatuses))
        {
            _companies = await _store.ReadAsync(
                db => DomainQueries.For(db).CohortCompanies(db, cohortId).ToListAsync(cancellationToken).AsTask(),
                cancellationToken);
            _companyStatuses = statuses;
            _recorded++;
        }

        return _companies;
    }

    /// <summary>Whether an indicator is counted from some data (as <see cref="ProgressCalculator"/> counts it); an unknown one from all.</summary>
    private static bool CountedFrom(KpiKind kpi, Counted data) => data == kpi switch
    {
        KpiKind.CompaniesEnrolled or KpiKind.CompaniesGraduated => Counted.Companies,
        KpiKind.SessionsHeld or KpiKind.AttendanceRate or KpiKind.Visitors or KpiKind.QuestionnairesCollected => Counted.Sessions,
        KpiKind.MilestonesPassed => Counted.Milestones,
        _ => data,
    };

    /// <summary>Finds the next instant something is due: a timer, a session's planned time or a milestone's due date.</summary>
    private async Task<DateTimeOffset?> NextAsync(CancellationToken cancellationToken)
    {
        var (cohortId, now) = (_cohort.Id, Now);
        var timer = await _runtime.GetNextTimerDueAtAsync(cancellationToken);
        var (session, milestone) = await _store.ReadAsync(
            async db =>
            {
                var queries = DomainQueries.For(db);
                return (await queries.NextSessionAt(db, cohortId, now, cancellationToken), await queries.NextMilestoneAt(db, cohortId, now, cancellationToken));
            },
            cancellationToken);
        return new[] { timer, session, milestone }.Where(t => t is not null).Min();
    }
}
