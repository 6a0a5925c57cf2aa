using Cohorts.Engine.Definitions;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.InstanceMigration;

/// <summary>
/// Rewrites a loaded instance as a plan says (executions and the fault's work on the target's activity ids, bookmarks
/// re-created where their activity or due instant changed, variables added, the definition version), for the runtime
/// to commit as one step. Bookmarks that change get a new id, so the store deletes the old row and inserts the new one
/// and the scheduler's commit observers move the timer's trigger.
/// </summary>
internal static class MigrationApplier
{
    public static void Apply(WorkflowInstance instance, MigrationPlan plan, WorkflowDefinition target, DateTimeOffset now, Func<Guid> newId)
    {
        if (!plan.CanMigrate)
        {
            throw new MigrationRefusedException(plan);
        }

        var state = instance.State;
        var toActivity = plan.Activities.ToDictionary(a => a.ExecutionId, a => a.ToActivityId!);
        foreach (var execution in state.Executions)
        {
            execution.ActivityId = toActivity[execution.Id];
            if (plan.ExecutionStates.TryGetValue(execution.Id, out var newState))
            {
                execution.State = (System.Text.Json.Nodes.JsonObject)newState.DeepClone();
            }
        }

        var moves = plan.Bookmarks.ToDictionary(b => b.BookmarkId);
        for (var i = 0; i < state.Bookmarks.Count; i++)
        {
            var bookmark = state.Bookmarks[i];
            var move = moves[bookmark.Id];
            if (!string.Equals(move.ToActivityId, bookmark.ActivityId, StringComparison.Ordinal) || move.NewDueAt != bookmark.DueAt)
            {
                state.Bookmarks[i] = bookmark with { Id = newId(), ActivityId = move.ToActivityId!, DueAt = move.NewDueAt, CreatedAt = now };
            }
        }

        if (state.Fault is { } fault)
        {
            string Map(string id) => plan.Mapping.TryGetValue(id, out var to) ? to : id;
            WorkItem Rewrite(WorkItem work) => work with
            {
                ChildActivityId = work.ChildActivityId is { } child ? Map(child) : null,
                Bookmark = work.Bookmark is { } b ? b with { ActivityId = toActivity.GetValueOrDefault(b.ExecutionId) ?? Map(b.ActivityId) } : null,
            };
            fault.FailedWork = Rewrite(fault.FailedWork);
            fault.PendingWork = [.. fault.PendingWork.Select(Rewrite)];
        }

        foreach (var name in plan.VariablesAdded)
        {
            state.Variables[name] = target.Variables.GetValueOrDefault(name)?.DeepClone();
        }

        instance.MoveToVersion(target.Version);
    }
}
