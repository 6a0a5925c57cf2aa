using System.Text.Json.Nodes;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.InstanceMigration;
using Cohorts.Engine.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cohorts.Engine.Runtime;

/// <summary>
/// Starts, resumes, retries, skips, migrates and cancels workflow instances. Every step follows one protocol: take the instance's lock,
/// load it, re-check that the step still applies (status, bookmark, due time, signal id), run it in memory, and write
/// everything it changed with one commit. A step that loses a concurrency race is retried from a fresh load, so a
/// duplicate or concurrent resume applies once.
/// </summary>
public sealed class WorkflowRuntime
{
    private readonly IWorkflowInstanceStore _store;
    private readonly WorkflowDefinitionCatalog _definitions;
    private readonly StepEnvironmentFactory _environment;
    private readonly IReadOnlyList<IWorkflowCommitObserver> _observers;
    private readonly WorkflowRuntimeOptions _options;
    private readonly ILogger _logger;
    private readonly InstanceLocks _locks = new();

    /// <summary>Initializes a new instance of the <see cref="WorkflowRuntime"/> class.</summary>
    public WorkflowRuntime(
        IWorkflowInstanceStore store,
        WorkflowDefinitionCatalog definitions,
        StepEnvironmentFactory environment,
        IEnumerable<IWorkflowCommitObserver> observers,
        WorkflowRuntimeOptions? options = null,
        ILogger<WorkflowRuntime>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(observers);
        _store = store;
        _definitions = definitions;
        _environment = environment;
        _observers = [.. observers];
        _options = options ?? new WorkflowRuntimeOptions();
        _logger = logger ?? NullLogger<WorkflowRuntime>.Instance;
    }

    /// <summary>Starts an instance of the latest published version of a definition.</summary>
    /// <exception cref="NotFoundException">No definition has that id.</exception>
    public async Task<WorkflowRunResult> StartAsync(string definitionId, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default)
    {
        var definition = await _definitions.GetLatestAsync(definitionId, cancellationToken);
        return await StartAsync(definition, options, cancellationToken);
    }

    /// <summary>Starts an instance of a published definition version and runs it until every branch completes or waits.</summary>
    public async Task<WorkflowRunResult> StartAsync(WorkflowDefinition definition, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Version < 1)
        {
            throw new ArgumentException($"Definition '{definition.DefinitionId}' is a draft: publish it before starting instances.", nameof(definition));
        }

        options ??= new StartWorkflowOptions();
        var environment = _environment.Create();
        var instanceId = options.InstanceId ?? environment.NewId();
        using var held = await _locks.AcquireAsync(instanceId, cancellationToken);
        if (options.InstanceId is not null && await _store.FindAsync(instanceId, cancellationToken) is { } existing)
        {
            return WorkflowRunResult.From(existing);
        }

        var instance = new WorkflowInstance(instanceId, definition.DefinitionId, definition.Version, options.CorrelationId, environment.Now, new InstanceState());
        await using var transaction = _store.BeginStep();
        var interpreter = new StepInterpreter(environment, instance, definition, transaction, cancellationToken);
        interpreter.Start(options.Input);
        var changes = await interpreter.RunAsync();
        try
        {
            await CommitAsync(instance, 0, changes, environment.Now, transaction, cancellationToken);
        }
        catch (ConcurrencyConflictException) when (options.InstanceId is not null)
        {
            // Another process started the same instance id first: starting is idempotent, so report that instance.
            var winner = await _store.FindAsync(instanceId, cancellationToken) ?? throw new NotFoundException("workflow instance", instanceId.ToString());
            return WorkflowRunResult.From(winner);
        }

        return WorkflowRunResult.From(instance);
    }

    /// <summary>
    /// Delivers a named signal with a correlation key to every instance waiting for it. With a <paramref name="signalId"/>,
    /// delivering the same signal again applies nothing.
    /// </summary>
    public Task<SignalResult> SignalAsync(string name, string correlationKey, JsonNode? payload = null, string? signalId = null, CancellationToken cancellationToken = default) =>
        SignalAsync(name, correlationKey, payload, signalId, inStep: null, cancellationToken);

    /// <summary>
    /// Delivers a signal as the overload without <paramref name="inStep"/> does and, when exactly one instance waits for
    /// it, runs <paramref name="inStep"/> in the transaction of the step it resumes, just before that step commits: the
    /// caller's record of the delivery (an outbox row's removal) then commits with the step, or not at all.
    /// <see cref="SignalResult.StepWorkCommitted"/> says whether it did; when not (no target, several, a repeat), the
    /// caller records the delivery on its own.
    /// </summary>
    public async Task<SignalResult> SignalAsync(
        string name,
        string correlationKey,
        JsonNode? payload,
        string? signalId,
        Func<IStepTransaction, CancellationToken, Task>? inStep,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(correlationKey);
        var commitsBeforeRead = _locks.RentCommits();
        try
        {
            var targets = await _store.FindSignalTargetsAsync(name, correlationKey, cancellationToken);
            var results = new List<ResumeResult>();

            // With several targets the caller's work cannot commit with all of their steps: it does it after them.
            var withStep = targets.Count == 1 ? inStep : null;
            foreach (var instance in targets)
            {
                var bookmarkIds = instance.State.Bookmarks
                    .Where(b => b.Kind == BookmarkKind.Signal && b.Name == name && b.CorrelationKey == correlationKey)
                    .Select(b => b.Id)
                    .ToList();
                results.Add(await ResumeAsync(instance.Id, bookmarkIds, payload, signalId, cancellationToken, (instance, commitsBeforeRead), withStep));
            }

            return new SignalResult(results) { StepWorkCommitted = withStep is not null && results[0].Outcome == ResumeOutcome.Resumed };
        }
        finally
        {
            InstanceLocks.ReturnCommits(commitsBeforeRead);
        }
    }

    /// <summary>Resumes one bookmark of an instance (a timer that fell due, or a signal addressed by bookmark id).</summary>
    public Task<ResumeResult> ResumeBookmarkAsync(Guid instanceId, Guid bookmarkId, JsonNode? payload = null, string? signalId = null, CancellationToken cancellationToken = default) =>
        ResumeAsync(instanceId, [bookmarkId], payload, signalId, cancellationToken);

    /// <summary>
    /// Resumes every timer bookmark that is due, in due order across instances (earliest first, ties by id), until none
    /// is: a timer that a fire creates already due (a reminder, the next occurrence after a late fire) fires in this
    /// call too, before any timer due after it. One instance's failure never stops the others; a timer that did not
    /// resume is not tried again in the same call.
    /// </summary>
    /// <returns>The number of timers that resumed their instance.</returns>
    public async Task<int> TriggerDueTimersAsync(CancellationToken cancellationToken = default)
    {
        var passed = new HashSet<Guid>();
        var fired = 0;
        while (true)
        {
            // Read as many more as were passed over, so that failed timers at the front never hide the due ones behind.
            var now = _environment.TimeProvider.GetUtcNow();
            var limit = _options.TimerBatchSize + passed.Count;
            var due = await _store.FindDueTimersAsync(now, limit, cancellationToken);
            var queue = new PriorityQueue<Bookmark, (DateTimeOffset DueAt, Guid Id)>();
            var queued = new HashSet<Guid>();
            foreach (var timer in due.Where(t => !passed.Contains(t.Id)))
            {
                queue.Enqueue(timer, (timer.DueAt!.Value, timer.Id));
                queued.Add(timer.Id);
            }

            if (queue.Count == 0)
            {
                return fired;
            }

            // A timer a fire creates joins the batch when it falls due before the batch's last one (or at all, when the
            // batch holds every due timer), so it fires before any later one; the next read takes the others.
            var horizon = due.Count < limit ? now : due[^1].DueAt!.Value;
            bool Joins(DateTimeOffset dueAt) => due.Count < limit ? dueAt <= horizon : dueAt < horizon;
            while (queue.TryDequeue(out var timer, out _))
            {
                if (await FireTimerAsync(timer, cancellationToken) is not { } result)
                {
                    passed.Add(timer.Id);
                    continue;
                }

                fired++;
                foreach (var created in result.Bookmarks.Where(b => b.Kind == BookmarkKind.Timer && Joins(b.DueAt!.Value) && queued.Add(b.Id)))
                {
                    queue.Enqueue(created, (created.DueAt!.Value, created.Id));
                }
            }
        }
    }

    /// <summary>Gets the earliest due instant of any waiting timer, or null when none waits.</summary>
    public Task<DateTimeOffset?> GetNextTimerDueAtAsync(CancellationToken cancellationToken = default) =>
        _store.FindNextTimerDueAtAsync(cancellationToken).AsTask();

    /// <summary>Retries a faulted instance from the activity that faulted, once the cause is fixed.</summary>
    /// <exception cref="InvalidInstanceStateException">The instance is not faulted.</exception>
    public async Task<WorkflowRunResult> RetryAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await StepAsync(
            instanceId,
            i => i.Status == WorkflowStatus.Faulted ? null : throw new InvalidInstanceStateException(i.Id, i.Status, "retried", "it is not faulted"),
            interpreter => interpreter.Retry(),
            cancellationToken);
        return WorkflowRunResult.From(instance);
    }

    /// <summary>Cancels an instance that has not finished: its bookmarks and timers go.</summary>
    /// <exception cref="InvalidInstanceStateException">The instance has finished already.</exception>
    public Task<WorkflowRunResult> CancelAsync(Guid instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        CancelAsync(instanceId, reason, null, cancellationToken);

    /// <summary>
    /// Cancels an instance that has not finished, for a person: its bookmarks and timers go, its open incident is
    /// resolved, the reason is logged, and the <see cref="IInstanceChangeParticipant"/>s write in the same step.
    /// </summary>
    /// <exception cref="InvalidInstanceStateException">The instance has finished already.</exception>
    public async Task<WorkflowRunResult> CancelAsync(Guid instanceId, string? reason, string? actor, CancellationToken cancellationToken)
    {
        var instance = await StepAsync(
            instanceId,
            i => i.Status is WorkflowStatus.Suspended or WorkflowStatus.Faulted ? null : throw new InvalidInstanceStateException(i.Id, i.Status, "cancelled", "it has finished"),
            interpreter => interpreter.Cancel(reason),
            cancellationToken,
            beforeCommit: (i, environment, transaction) => NotifyAsync(new InstanceChange(InstanceChangeKind.Cancelled, i, reason, actor, i.DefinitionVersion, transaction, environment.Now), environment, cancellationToken));
        return WorkflowRunResult.From(instance);
    }

    /// <summary>
    /// Skips the activity a faulted instance stopped in: it completes with its default outcome (<c>Done</c>), the
    /// incident is resolved (the reason in the log), and the instance goes on from there in the same step.
    /// </summary>
    /// <exception cref="InvalidInstanceStateException">The instance is not faulted.</exception>
    public async Task<WorkflowRunResult> SkipAsync(Guid instanceId, string reason, string? actor = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var instance = await StepAsync(
            instanceId,
            i => i.Status == WorkflowStatus.Faulted ? null : throw new InvalidInstanceStateException(i.Id, i.Status, "skipped", "it is not faulted"),
            interpreter => interpreter.Skip(reason),
            cancellationToken,
            beforeCommit: (i, environment, transaction) => NotifyAsync(new InstanceChange(InstanceChangeKind.Skipped, i, reason, actor, i.DefinitionVersion, transaction, environment.Now), environment, cancellationToken));
        return WorkflowRunResult.From(instance);
    }

    /// <summary>Plans moving an instance to another version of its definition (a dry run: nothing changes).</summary>
    /// <exception cref="NotFoundException">No such instance, or its definition has no such version.</exception>
    public async Task<MigrationPlan> PlanMigrationAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? mapping = null, CancellationToken cancellationToken = default)
    {
        var instance = await GetInstanceAsync(instanceId, cancellationToken);
        return await PlanAsync(instance, targetVersion, mapping, _environment.Create(), cancellationToken);
    }

    /// <summary>
    /// Moves an instance to another version of its definition as one step (lock, load, plan again, one commit):
    /// executions and bookmarks on the target's activities, timers re-armed where the target changed their schedule,
    /// a log line "migrated from vN to vM", the <see cref="IInstanceChangeParticipant"/>s in the same transaction. A
    /// faulted instance stays faulted: retrying it runs the target version's activity.
    /// </summary>
    /// <exception cref="NotFoundException">No such instance, or its definition has no such version.</exception>
    /// <exception cref="MigrationRefusedException">The plan refuses the move (what a dry run would say).</exception>
    public async Task<WorkflowRunResult> MigrateAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? mapping = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        using var held = await _locks.AcquireAsync(instanceId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var instance = await GetInstanceAsync(instanceId, cancellationToken);
            var environment = _environment.Create();
            var plan = await PlanAsync(instance, targetVersion, mapping, environment, cancellationToken);
            var target = await _definitions.GetAsync(instance.DefinitionId, targetVersion, cancellationToken);
            await using var transaction = _store.BeginStep();
            var expectedVersion = instance.Version;
            var changes = new StepChanges(instance);
            MigrationApplier.Apply(instance, plan, target, environment.Now, environment.NewId);
            changes.Log.Add(new ExecutionLogEntry(instance.Id, environment.Now, ExecutionEvent.WorkflowMigrated, target.Root.Id, environment.Registry.GetTypeName(target.Root), $"migrated from v{plan.FromVersion} to v{plan.ToVersion}"));
            await NotifyAsync(new InstanceChange(InstanceChangeKind.Migrated, instance, null, actor, plan.FromVersion, transaction, environment.Now), environment, cancellationToken);
            try
            {
                await CommitAsync(instance, expectedVersion, changes.Complete(), environment.Now, transaction, cancellationToken);
                return WorkflowRunResult.From(instance);
            }
            catch (ConcurrencyConflictException) when (attempt < _options.MaxConflictRetries)
            {
                RuntimeLog.ConcurrencyConflict(_logger, instanceId, attempt);
            }
        }
    }

    /// <summary>Loads an instance with its state.</summary>
    /// <exception cref="NotFoundException">No instance has that id.</exception>
    public async Task<WorkflowInstance> GetInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        await _store.FindAsync(instanceId, cancellationToken) ?? throw new NotFoundException("workflow instance", instanceId.ToString());

    /// <summary>Which of these instances exist (their ids only are read: no state is loaded).</summary>
    public async Task<IReadOnlySet<Guid>> FindExistingAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken = default) =>
        await _store.FindExistingAsync(instanceIds, cancellationToken);

    /// <summary>Resumes one due timer; returns what it did, or null when it did not resume the instance.</summary>
    private async Task<ResumeResult?> FireTimerAsync(Bookmark timer, CancellationToken cancellationToken)
    {
        try
        {
            var result = await ResumeAsync(timer.InstanceId, [timer.Id], null, null, cancellationToken);
            return result.Outcome == ResumeOutcome.Resumed ? result : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RuntimeLog.TimerFailed(_logger, ex, timer.Id, timer.InstanceId);
            return null;
        }
    }

    private async Task<ResumeResult> ResumeAsync(
        Guid instanceId,
        IReadOnlyList<Guid> bookmarkIds,
        JsonNode? payload,
        string? signalId,
        CancellationToken cancellationToken,
        (WorkflowInstance Instance, long[] CommitsBeforeRead)? loaded = null,
        Func<IStepTransaction, CancellationToken, Task>? inStep = null)
    {
        var outcome = ResumeOutcome.Resumed;
        List<Bookmark> resumable = [];
        WorkflowInstance instance;
        try
        {
            instance = await StepAsync(
                instanceId,
                i =>
                {
                    resumable = [.. i.State.Bookmarks.Where(b => bookmarkIds.Contains(b.Id))];
                    var now = _environment.TimeProvider.GetUtcNow();
                    outcome = i.Status != WorkflowStatus.Suspended ? ResumeOutcome.InstanceNotWaiting
                        : resumable.Count == 0 ? ResumeOutcome.BookmarkNotFound
                        : signalId is not null && i.State.AppliedSignalIds.Contains(signalId) ? ResumeOutcome.AlreadyApplied
                        : resumable.TrueForAll(b => b.Kind == BookmarkKind.Timer && b.DueAt > now) ? ResumeOutcome.NotDue
                        : ResumeOutcome.Resumed;
                    return outcome == ResumeOutcome.Resumed ? null : i;
                },
                interpreter =>
                {
                    var now = interpreter.Now;

                    // A local, not the captured parameter: a step that loses a concurrency race runs this again from
                    // a fresh load, and must check and record the signal id again.
                    var unrecordedSignalId = signalId;
                    foreach (var bookmark in resumable.Where(b => b.Kind != BookmarkKind.Timer || b.DueAt <= now))
                    {
                        interpreter.Resume(bookmark, payload, unrecordedSignalId);
                        unrecordedSignalId = null; // recorded once per instance
                    }
                },
                cancellationToken,
                loaded,
                inStep is null ? null : (_, _, transaction) => inStep(transaction, cancellationToken));
        }
        catch (NotFoundException)
        {
            return new ResumeResult(instanceId, ResumeOutcome.BookmarkNotFound, null);
        }

        return new ResumeResult(instanceId, outcome, instance.Status) { Bookmarks = [.. instance.State.Bookmarks] };
    }

    /// <summary>
    /// The step protocol: lock, load, check (the check returns the instance to skip the step), run, commit once;
    /// reload and check again after losing a concurrency race.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="check">Returns the instance to skip the step, or null to run it.</param>
    /// <param name="begin">Queues the step's first work.</param>
    /// <param name="cancellationToken">Abandons the step before its commit.</param>
    /// <param name="beforeCommit">Runs once the step has run, before its commit, in its transaction (the change participants).</param>
    /// <param name="loaded">
    /// The instance as a read just before the lock found it (the signal path), with the commit counts before that read:
    /// the first attempt runs on it only if no step of an instance of its lock stripe committed in this process since, so a stale copy never runs a step
    /// (and its activities' side effects) that a commit conflict would then throw away. Otherwise it reloads.
    /// </param>
    private async Task<WorkflowInstance> StepAsync(
        Guid instanceId,
        Func<WorkflowInstance, WorkflowInstance?> check,
        Action<StepInterpreter> begin,
        CancellationToken cancellationToken,
        (WorkflowInstance Instance, long[] CommitsBeforeRead)? loaded = null,
        Func<WorkflowInstance, StepEnvironment, IStepTransaction, Task>? beforeCommit = null)
    {
        using var held = await _locks.AcquireAsync(instanceId, cancellationToken);
        var current = loaded is { } read && !_locks.CommittedSince(read.CommitsBeforeRead, instanceId) ? read.Instance : null;
        for (var attempt = 1; ; attempt++)
        {
            var instance = (attempt == 1 ? current : null)
                ?? await _store.FindAsync(instanceId, cancellationToken)
                ?? throw new NotFoundException("workflow instance", instanceId.ToString());
            if (check(instance) is { } skipped)
            {
                return skipped;
            }

            var definition = await _definitions.GetAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
            var environment = _environment.Create();

            // One unit of work per attempt: a lost race rolls back what the activities wrote with the step's rows.
            await using var transaction = _store.BeginStep();
            var interpreter = new StepInterpreter(environment, instance, definition, transaction, cancellationToken);
            var expectedVersion = instance.Version;
            begin(interpreter);
            var changes = await interpreter.RunAsync();
            if (beforeCommit is not null)
            {
                await beforeCommit(instance, environment, transaction);
            }

            try
            {
                await CommitAsync(instance, expectedVersion, changes, environment.Now, transaction, cancellationToken);
                return instance;
            }
            catch (ConcurrencyConflictException) when (attempt < _options.MaxConflictRetries)
            {
                RuntimeLog.ConcurrencyConflict(_logger, instanceId, attempt);
            }
        }
    }

    private async Task<MigrationPlan> PlanAsync(WorkflowInstance instance, int targetVersion, IReadOnlyDictionary<string, string>? mapping, StepEnvironment environment, CancellationToken cancellationToken)
    {
        var source = await _definitions.GetAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
        var target = await _definitions.GetAsync(instance.DefinitionId, targetVersion, cancellationToken);
        return MigrationPlanner.Plan(instance, source, target, mapping, environment.Registry);
    }

    /// <summary>Lets the registered participants write what a person's change means, in the step's transaction.</summary>
    private static async Task NotifyAsync(InstanceChange change, StepEnvironment environment, CancellationToken cancellationToken)
    {
        foreach (var participant in environment.Services.GetServices<IInstanceChangeParticipant>())
        {
            await participant.OnChangingAsync(change, cancellationToken);
        }
    }

    private async Task CommitAsync(WorkflowInstance instance, long expectedVersion, StepChanges changes, DateTimeOffset now, IStepTransaction transaction, CancellationToken cancellationToken)
    {
        instance.Version = expectedVersion + 1;
        instance.UpdatedAt = now;
        List<Incident> incidents = [];
        if (changes.NewIncident is { } incident)
        {
            incidents.Add(incident);
            RuntimeLog.InstanceFaulted(_logger, instance.Id, incident.ActivityId, incident.Message);
        }

        if (changes.ResolvedIncidentId is { } resolvedId)
        {
            var open = (await _store.GetIncidentsAsync(instance.Id, cancellationToken)).FirstOrDefault(i => i.Id == resolvedId);
            if (open is not null)
            {
                incidents.Add(open with { ResolvedAt = now });
            }
        }

        var commit = new StepCommit(instance, expectedVersion, expectedVersion == 0, changes.AddedBookmarks, changes.RemovedBookmarks, changes.Log, incidents);
        await _store.CommitAsync(commit, transaction, cancellationToken);
        _locks.Committed(instance.Id);
        RuntimeLog.StepCommitted(_logger, instance.Id, instance.Status, instance.Version);
        foreach (var observer in _observers)
        {
            try
            {
                await observer.OnCommittedAsync(commit, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                RuntimeLog.ObserverFailed(_logger, ex, observer.GetType().Name, instance.Id);
            }
        }
    }
}
