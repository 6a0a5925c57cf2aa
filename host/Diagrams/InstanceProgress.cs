using Cohorts.Engine.Instances;

namespace Cohorts.Host.Diagrams;

/// <summary>
/// Where one instance stands on each activity of its definition: done (completed at least once, from its execution
/// log), now (its live executions that have no live child: the steps it runs or waits in) and faulted (where it
/// faulted, while it is faulted), the latter winning.
/// </summary>
public static class InstanceProgress
{
    /// <summary>Reads the states of an instance's activities, by activity id.</summary>
    public static IReadOnlyDictionary<string, DiagramState> Of(WorkflowInstance instance, IReadOnlyList<ExecutionLogEntry> log)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(log);
        var states = new Dictionary<string, DiagramState>(StringComparer.Ordinal);
        foreach (var entry in log.Where(e => e.Event == ExecutionEvent.ActivityCompleted))
        {
            states[entry.ActivityId] = DiagramState.Done;
        }

        var executions = instance.State.Executions;
        var parents = executions.Select(e => e.ParentId).OfType<int>().ToHashSet();
        foreach (var execution in executions.Where(e => !parents.Contains(e.Id)))
        {
            states[execution.ActivityId] = DiagramState.Now;
        }

        if (instance.Status == WorkflowStatus.Faulted && instance.State.Fault is { } fault
            && executions.FirstOrDefault(e => e.Id == fault.FailedWork.ExecutionId) is { } failed)
        {
            states[failed.ActivityId] = DiagramState.Faulted;
        }

        return states;
    }
}
