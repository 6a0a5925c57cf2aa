using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Expressions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;

namespace Cohorts.Engine.Runtime;

/// <summary>
/// Runs one step of one instance in memory: start, a bookmark resumed, a retry or a cancellation, then every piece of
/// work that follows from it until each branch completes or waits. It does no I/O of its own (activities that write
/// rows join the step's <see cref="IStepTransaction"/>); the runtime commits what it
/// produced (<see cref="StepChanges"/>) in one transaction, or throws it away.
/// Work is a stack, so execution is depth first: a Race branch that completes at once cancels its siblings before
/// they start.
/// </summary>
internal sealed class StepInterpreter : IActivityHost
{
    private readonly List<WorkItem> _work = [];
    private readonly StepChanges _changes;
    private readonly ActivityRegistry _registry;
    private readonly Func<Guid> _newId;
    private readonly IServiceProvider _services;
    private StepBudget? _budget;
    private VariableBudget? _variableBudget;
    private bool _completeRequested;
    private JsonNode? _completeOutput;

    public StepInterpreter(StepEnvironment environment, WorkflowInstance instance, WorkflowDefinition definition, IStepTransaction transaction, CancellationToken cancellationToken)
    {
        Transaction = transaction;
        Instance = instance;
        Definition = definition;
        Now = environment.Now;
        Services = environment.Services;
        Evaluator = environment.Evaluator;
        CancellationToken = cancellationToken;
        _registry = environment.Registry;
        _newId = environment.NewId;
        _services = environment.Services;
        _changes = new StepChanges(instance);
    }

    public WorkflowInstance Instance { get; }

    public WorkflowDefinition Definition { get; }

    public DateTimeOffset Now { get; }

    public IServiceProvider Services { get; }

    public IExpressionEvaluator Evaluator { get; }

    public CancellationToken CancellationToken { get; }

    public IStepTransaction Transaction { get; }

    private InstanceState State => Instance.State;

    public void CompleteWorkflow(JsonNode? output)
    {
        var maxBytes = _budget?.Options.MaxVariableBytes ?? int.MaxValue;
        if (JsonSize.Measure(output, maxBytes) > maxBytes)
        {
            throw new InvalidOperationException($"The workflow's output would hold more than {maxBytes:N0} bytes of JSON, the most it may hold (as much as one variable).");
        }

        _completeRequested = true;
        _completeOutput = output?.DeepClone();
    }

    /// <summary>Prepares a new instance: variables from the definition, the input, the root's execution.</summary>
    public void Start(JsonNode? input)
    {
        foreach (var (name, value) in Definition.Variables)
        {
            State.Variables[name] = value?.DeepClone();
        }

        State.Input = input?.DeepClone();
        Log(ExecutionEvent.WorkflowStarted, Definition.Root, $"{Definition.DefinitionId} v{Definition.Version}");
        Push(new WorkItem(WorkItemKind.Execute, CreateExecution(Definition.Root, parentId: null).Id));
    }

    /// <summary>Takes a bookmark out of the state and queues its resumption.</summary>
    public void Resume(Bookmark bookmark, JsonNode? payload, string? signalId)
    {
        State.Bookmarks.RemoveAll(b => b.Id == bookmark.Id);
        if (signalId is not null)
        {
            State.AppliedSignalIds.Add(signalId);
            if (State.AppliedSignalIds.Count > RuntimeLimits.RememberedSignalIds)
            {
                State.AppliedSignalIds.RemoveAt(0);
            }
        }

        Push(new WorkItem(WorkItemKind.Resume, bookmark.ExecutionId, Payload: payload?.DeepClone(), Bookmark: bookmark));
    }

    /// <summary>Resolves the open incident and queues the failed work again, then what was waiting behind it.</summary>
    public void Retry()
    {
        var fault = State.Fault ?? throw new InvalidOperationException("The instance has no fault to retry.");
        State.Fault = null;
        _changes.ResolvedIncidentId = fault.IncidentId;
        for (var i = fault.PendingWork.Count - 1; i >= 0; i--)
        {
            Push(fault.PendingWork[i]);
        }

        Push(fault.FailedWork);
        Instance.Status = WorkflowStatus.Running;
        Log(ExecutionEvent.WorkflowRetried, Definition.Root, null);
    }

    /// <summary>Cancels the instance: every execution and bookmark goes.</summary>
    public void Cancel(string? reason)
    {
        RemoveAll(ExecutionEvent.ActivityCancelled);
        if (State.Fault is { } fault)
        {
            _changes.ResolvedIncidentId = fault.IncidentId; // cancelling settles the open incident too
            State.Fault = null;
        }

        Finish(WorkflowStatus.Cancelled, ExecutionEvent.WorkflowCancelled, reason);
    }

    /// <summary>
    /// Skips the activity that faulted: resolves the open incident, completes the faulted execution with the default
    /// outcome (<see cref="Outcomes.Done"/>; its children and bookmarks go), tells its parent, then runs what was waiting
    /// behind the failure.
    /// </summary>
    public void Skip(string reason)
    {
        var fault = State.Fault ?? throw new InvalidOperationException("The instance has no fault to skip.");
        State.Fault = null;
        _changes.ResolvedIncidentId = fault.IncidentId;
        Instance.Status = WorkflowStatus.Running;
        for (var i = fault.PendingWork.Count - 1; i >= 0; i--)
        {
            Push(fault.PendingWork[i]);
        }

        var execution = State.Executions.Find(e => e.Id == fault.FailedWork.ExecutionId);
        if (execution is null)
        {
            return; // gone already: the pending work carries on
        }

        var activity = Definition.FindActivity(execution.ActivityId) ?? new MissingActivity { Id = execution.ActivityId, TypeName = "(not in this definition version)" };
        Log(ExecutionEvent.ActivityCompleted, activity, $"{Outcomes.Done} (skipped: {reason})");
        RemoveExecution(execution, ExecutionEvent.ActivityCancelled);
        if (execution.ParentId is { } parentId)
        {
            Push(new WorkItem(WorkItemKind.ChildCompleted, parentId, activity.Id, Outcomes.Done));
        }
        else
        {
            Finish(WorkflowStatus.Completed, ExecutionEvent.WorkflowCompleted, null);
        }
    }

    /// <summary>Runs the queued work until every branch completes or waits, or an activity faults.</summary>
    public async ValueTask<StepChanges> RunAsync()
    {
        // A resumed instance runs again; a cancellation has finished the instance already and must stay Cancelled
        // (start and retry set Running themselves).
        if (Instance.Status == WorkflowStatus.Suspended)
        {
            Instance.Status = WorkflowStatus.Running;
        }

        _budget = StepBudget.Start(_services);
        _variableBudget = new VariableBudget(_budget.Options, State.Variables);
        while (_work.Count > 0 && Instance.Status == WorkflowStatus.Running)
        {
            CancellationToken.ThrowIfCancellationRequested();
            var item = _work[^1];
            _work.RemoveAt(_work.Count - 1);
            if (_budget.Check(item, Transaction.HoldsWritePath) is { } exhausted)
            {
                StopOverBudget(item, exhausted);
                break;
            }

            await RunAsync(item);
            if (_completeRequested)
            {
                RemoveAll(ExecutionEvent.ActivityCancelled);
                State.Output = _completeOutput;
                Finish(WorkflowStatus.Completed, ExecutionEvent.WorkflowCompleted, null);
            }
        }

        if (Instance.Status == WorkflowStatus.Running)
        {
            Instance.Status = State.Executions.Count == 0 ? WorkflowStatus.Completed : WorkflowStatus.Suspended;
        }

        return _changes.Complete();
    }

    private async ValueTask RunAsync(WorkItem item)
    {
        var execution = State.Executions.Find(e => e.Id == item.ExecutionId);
        if (execution is null)
        {
            return; // cancelled after this work was queued (a Race's losing branch)
        }

        var activity = Definition.FindActivity(execution.ActivityId)
            ?? new MissingActivity { Id = execution.ActivityId, TypeName = "(not in this definition version)" };
        var context = new ActivityContext(this, execution, activity);
        ActivityResult result;
        try
        {
            result = await DispatchAsync(item, activity, context);
        }
        catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
        {
            throw; // the step is abandoned; nothing is committed
        }
        catch (Exception ex)
        {
            result = new ActivityResult.Faulted(ex.Message, ex.GetType().FullName);
        }

        if (result is not ActivityResult.Faulted && OverStateBudget(item, execution, result) is { } tooLarge)
        {
            result = new ActivityResult.Faulted(tooLarge, null);
        }

        Apply(item, execution, activity, result);
    }

    /// <summary>
    /// Checks what the activity stored (<see cref="StepBudgetOptions.MaxVariableBytes"/>, <see cref="StepBudgetOptions.MaxStateBytes"/>)
    /// and puts back what it replaced when too large, so the incident's retry runs the activity again from before it.
    /// An activity's own state is checked when it first runs (a ForEach stores its items then), when it was empty before.
    /// </summary>
    private string? OverStateBudget(WorkItem item, ActivityExecution execution, ActivityResult result)
    {
        if (_variableBudget!.Check(State.Variables) is { } problem)
        {
            return problem;
        }

        var maxBytes = _budget!.Options.MaxVariableBytes;
        if (item.Kind == WorkItemKind.Execute && result is not ActivityResult.Completed && JsonSize.Measure(execution.State, maxBytes) > maxBytes)
        {
            execution.State = [];
            return string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"Activity '{execution.ActivityId}' would keep more than {maxBytes:N0} bytes of JSON in its own state, the most it may keep (as much as one variable).");
        }

        return null;
    }

    /// <summary>Faults the instance before <paramref name="item"/> runs: the step used its budget (<see cref="StepBudgetOptions"/>).</summary>
    private void StopOverBudget(WorkItem item, string reason)
    {
        var activity = State.Executions.Find(e => e.Id == item.ExecutionId) is { } execution
            ? Definition.FindActivity(execution.ActivityId) ?? Definition.Root
            : Definition.Root;
        Fault(item, activity, new ActivityResult.Faulted(reason, null));
    }

    private ValueTask<ActivityResult> DispatchAsync(WorkItem item, Activity activity, ActivityContext context)
    {
        switch (item.Kind)
        {
            case WorkItemKind.Execute:
                Log(ExecutionEvent.ActivityStarted, activity, null);
                return activity.ExecuteAsync(context);
            case WorkItemKind.ChildCompleted:
                var child = Definition.FindActivity(item.ChildActivityId ?? string.Empty)
                    ?? throw new InvalidOperationException($"Child activity '{item.ChildActivityId}' is not in the definition.");
                return activity.OnChildCompletedAsync(context, new ChildCompletion(child, item.Outcome ?? Outcomes.Done, item.Payload));
            case WorkItemKind.Resume:
                var bookmark = item.Bookmark ?? throw new InvalidOperationException("A resume work item carries no bookmark.");
                Log(ExecutionEvent.ActivityResumed, activity, BookmarkText.Describe(bookmark));
                return activity.OnResumedAsync(context, new BookmarkResumption(bookmark, item.Payload));
            default:
                throw new InvalidOperationException($"Unknown work item kind {item.Kind}.");
        }
    }

    private void Apply(WorkItem item, ActivityExecution execution, Activity activity, ActivityResult result)
    {
        switch (result)
        {
            case ActivityResult.Completed completed:
                Log(ExecutionEvent.ActivityCompleted, activity, completed.Outcome);
                RemoveExecution(execution, ExecutionEvent.ActivityCancelled);
                if (execution.ParentId is { } parentId)
                {
                    Push(new WorkItem(WorkItemKind.ChildCompleted, parentId, activity.Id, completed.Outcome, completed.Output));
                }
                else if (!_completeRequested)
                {
                    State.Output = completed.Output?.DeepClone();
                    Finish(WorkflowStatus.Completed, ExecutionEvent.WorkflowCompleted, null);
                }

                break;
            case ActivityResult.Suspended suspended:
                AddBookmarks(execution, activity, suspended.Bookmarks);
                break;
            case ActivityResult.Scheduled scheduled:
                AddBookmarks(execution, activity, scheduled.Bookmarks);
                for (var i = scheduled.Children.Count - 1; i >= 0; i--)
                {
                    Push(new WorkItem(WorkItemKind.Execute, CreateExecution(scheduled.Children[i], execution.Id).Id));
                }

                if (scheduled.Children.Count == 0
                    && !State.Executions.Exists(e => e.ParentId == execution.Id)
                    && !State.Bookmarks.Exists(b => b.ExecutionId == execution.Id))
                {
                    Fault(item, activity, new ActivityResult.Faulted($"Activity '{activity.Id}' waits but has no children and no bookmarks, so nothing could ever resume it.", null));
                }

                break;
            case ActivityResult.Faulted faulted:
                Fault(item, activity, faulted);
                break;
        }
    }

    private void AddBookmarks(ActivityExecution execution, Activity activity, IReadOnlyList<BookmarkRequest> requests)
    {
        foreach (var request in requests)
        {
            var bookmark = new Bookmark(_newId(), Instance.Id, execution.Id, activity.Id, request.Kind, request.Name, request.CorrelationKey, request.DueAt, Now);
            State.Bookmarks.Add(bookmark);
            Log(ExecutionEvent.ActivitySuspended, activity, BookmarkText.Describe(bookmark));
        }
    }

    private void Fault(WorkItem item, Activity activity, ActivityResult.Faulted faulted)
    {
        var incident = new Incident(_newId(), Instance.Id, activity.Id, _registry.GetTypeName(activity), faulted.Message, faulted.ExceptionType, Now, null);
        _changes.NewIncident = incident;
        var pending = Enumerable.Range(0, _work.Count).Select(i => _work[_work.Count - 1 - i]).ToList();
        _work.Clear();
        State.Fault = new FaultState { IncidentId = incident.Id, FailedWork = item, PendingWork = pending };
        Log(ExecutionEvent.ActivityFaulted, activity, faulted.Message);
        Log(ExecutionEvent.WorkflowFaulted, Definition.Root, faulted.Message);
        Instance.Status = WorkflowStatus.Faulted;
    }

    private void Finish(WorkflowStatus status, ExecutionEvent @event, string? detail)
    {
        _work.Clear();
        Instance.Status = status;
        Instance.FinishedAt = Now;
        Log(@event, Definition.Root, detail);
    }

    private ActivityExecution CreateExecution(Activity activity, int? parentId)
    {
        var execution = new ActivityExecution { Id = State.NextExecutionId++, ActivityId = activity.Id, ParentId = parentId, StartedAt = Now };
        State.Executions.Add(execution);
        return execution;
    }

    /// <summary>Removes an execution, its bookmarks and every descendant (logging each descendant with the event).</summary>
    private void RemoveExecution(ActivityExecution execution, ExecutionEvent descendantEvent)
    {
        foreach (var child in State.Executions.Where(e => e.ParentId == execution.Id).ToList())
        {
            RemoveExecution(child, descendantEvent);
            if (Definition.FindActivity(child.ActivityId) is { } childActivity)
            {
                Log(descendantEvent, childActivity, null);
            }
        }

        State.Executions.Remove(execution);
        State.Bookmarks.RemoveAll(b => b.ExecutionId == execution.Id);
    }

    private void RemoveAll(ExecutionEvent @event)
    {
        foreach (var root in State.Executions.Where(e => e.ParentId is null).ToList())
        {
            RemoveExecution(root, @event);
        }

        State.Executions.Clear();
        State.Bookmarks.Clear();
    }

    private void Push(WorkItem item) => _work.Add(item);

    private void Log(ExecutionEvent @event, Activity activity, string? detail) =>
        _changes.Log.Add(new ExecutionLogEntry(Instance.Id, Now, @event, activity.Id, _registry.GetTypeName(activity), detail));
}
