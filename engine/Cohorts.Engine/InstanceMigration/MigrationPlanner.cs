using System.Globalization;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.InstanceMigration;

/// <summary>
/// Plans moving an instance to another version of its definition, without changing anything. Each live execution goes
/// to the target's activity with the same id, unless the mapping names another; it cannot move when that activity is
/// not in the target (removed while the instance waits or faulted in it), has another type, or is no longer directly
/// inside the activity its parent execution goes to. Bookmarks follow their execution: a signal keeps its name and
/// correlation key (a <see cref="WaitForSignal"/> whose signal changed is refused), a timer whose schedule settings
/// changed is re-armed by the target's (<see cref="TimerRearm"/>). Variables the target declares and the instance
/// lacks are added with their declared value; a date a re-armed timer reads must be there.
/// </summary>
public static class MigrationPlanner
{
    /// <summary>Plans the move of <paramref name="instance"/> from <paramref name="source"/> (its version) to <paramref name="target"/>.</summary>
    /// <param name="instance">The instance, as loaded.</param>
    /// <param name="source">The version it runs.</param>
    /// <param name="target">The version to move it to.</param>
    /// <param name="mapping">Explicit moves, source activity id to target activity id; the others keep their id.</param>
    /// <param name="registry">Names the activity types.</param>
    public static MigrationPlan Plan(
        WorkflowInstance instance,
        WorkflowDefinition source,
        WorkflowDefinition target,
        IReadOnlyDictionary<string, string>? mapping,
        ActivityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(registry);
        mapping ??= new Dictionary<string, string>();
        var requestProblems = CheckRequest(instance, source, target, mapping);
        var refusals = new List<MigrationProblem>();
        if (instance.Status is not (WorkflowStatus.Suspended or WorkflowStatus.Faulted))
        {
            refusals.Add(new MigrationProblem("status", $"The journey has finished ({instance.Status}): there is nothing to move."));
        }

        string Map(string activityId) => mapping.TryGetValue(activityId, out var to) ? to : activityId;
        var state = instance.State;
        var faulted = state.Fault?.FailedWork.ExecutionId;
        var moves = new Dictionary<int, ActivityMove>();
        foreach (var execution in state.Executions)
        {
            moves[execution.Id] = MoveExecution(execution, Map(execution.ActivityId), execution.Id == faulted, source, target, registry, refusals);
        }

        foreach (var execution in state.Executions)
        {
            CheckParent(execution, moves, target, refusals);
        }

        var variables = (JsonObject)state.Variables.DeepClone();
        List<string> added = [];
        foreach (var (name, value) in target.Variables.Where(v => !state.Variables.ContainsKey(v.Key)).OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            variables[name] = value?.DeepClone();
            added.Add(name);
        }

        var executionStates = new Dictionary<int, JsonObject>();
        List<BookmarkMove> bookmarks = [];
        foreach (var bookmark in state.Bookmarks)
        {
            bookmarks.Add(MoveBookmark(bookmark, moves, state, variables, source, target, executionStates, refusals));
        }

        foreach (var child in FaultWork(state).Select(w => w.ChildActivityId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (target.FindActivity(Map(child)) is null)
            {
                refusals.Add(new MigrationProblem($"activities.{child}", $"'{child}' completed just before the incident and is not in version {target.Version}: map it to an activity of version {target.Version}."));
            }
        }

        return new MigrationPlan(
            instance.Id,
            instance.DefinitionId,
            instance.DefinitionVersion,
            target.Version,
            instance.Status,
            [.. moves.Values.OrderBy(m => m.ExecutionId)],
            bookmarks,
            added,
            requestProblems,
            [.. refusals.DistinctBy(r => (r.Path, r.Message))])
        {
            ExecutionStates = executionStates,
            Mapping = mapping,
        };
    }

    /// <summary>The problems of the request itself: the version, and a mapping naming activities that do not exist.</summary>
    private static List<MigrationProblem> CheckRequest(WorkflowInstance instance, WorkflowDefinition source, WorkflowDefinition target, IReadOnlyDictionary<string, string> mapping)
    {
        List<MigrationProblem> problems = [];
        if (!string.Equals(target.DefinitionId, instance.DefinitionId, StringComparison.Ordinal))
        {
            problems.Add(new MigrationProblem("targetVersion", $"The target is a version of '{target.DefinitionId}', and the journey runs '{instance.DefinitionId}'."));
        }

        if (target.Version == instance.DefinitionVersion)
        {
            problems.Add(new MigrationProblem("targetVersion", $"The journey is on version {target.Version} already: choose another version."));
        }

        if (mapping.Count > DefinitionLimits.MaxActivities)
        {
            problems.Add(new MigrationProblem("mapping", string.Create(CultureInfo.InvariantCulture, $"The mapping has {mapping.Count:N0} entries, and a definition has at most {DefinitionLimits.MaxActivities:N0} activities.")));
            return problems;
        }

        foreach (var (from, to) in mapping.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (source.FindActivity(from) is null)
            {
                problems.Add(new MigrationProblem($"mapping.{from}", $"Version {source.Version} has no activity '{from}'."));
            }

            if (target.FindActivity(to ?? string.Empty) is null)
            {
                problems.Add(new MigrationProblem($"mapping.{from}", $"Version {target.Version} has no activity '{to}'."));
            }
        }

        return problems;
    }

    private static ActivityMove MoveExecution(ActivityExecution execution, string toId, bool faulted, WorkflowDefinition source, WorkflowDefinition target, ActivityRegistry registry, List<MigrationProblem> refusals)
    {
        var from = source.FindActivity(execution.ActivityId);
        var to = target.FindActivity(toId);
        var type = from is null ? "?" : registry.GetTypeName(from);
        var name = to?.DisplayName ?? from?.DisplayName;
        var said = name ?? execution.ActivityId;
        var path = $"activities.{execution.ActivityId}";
        if (to is null)
        {
            refusals.Add(new MigrationProblem(path, faulted
                ? $"'{said}' is not in version {target.Version}, and the journey faulted in it: map it to an activity of version {target.Version}."
                : $"'{said}' is not in version {target.Version}, and the journey is waiting in it: map it to an activity of version {target.Version}."));
            return new ActivityMove(execution.Id, execution.ActivityId, null, type, name, faulted);
        }

        var targetType = registry.GetTypeName(to);
        if (from is not null && !string.Equals(type, targetType, StringComparison.Ordinal))
        {
            refusals.Add(new MigrationProblem(path, $"'{said}' is a {type} in version {source.Version} and a {targetType} in version {target.Version}: a journey inside it cannot move."));
            return new ActivityMove(execution.Id, execution.ActivityId, null, type, name, faulted);
        }

        return new ActivityMove(execution.Id, execution.ActivityId, to.Id, targetType, name, faulted);
    }

    /// <summary>A moved execution stays directly inside the activity its parent execution moves to (the root stays the root).</summary>
    private static void CheckParent(ActivityExecution execution, Dictionary<int, ActivityMove> moves, WorkflowDefinition target, List<MigrationProblem> refusals)
    {
        if (moves[execution.Id].ToActivityId is not { } toId)
        {
            return;
        }

        var path = $"activities.{execution.ActivityId}";
        if (execution.ParentId is not { } parentId)
        {
            if (!string.Equals(toId, target.Root.Id, StringComparison.Ordinal))
            {
                refusals.Add(new MigrationProblem(path, $"'{execution.ActivityId}' runs the whole journey, and version {target.Version} starts with '{target.Root.Id}'."));
            }

            return;
        }

        if (!moves.TryGetValue(parentId, out var parent) || parent.ToActivityId is not { } parentTo || target.FindActivity(parentTo) is not { } parentActivity)
        {
            return; // the parent's own refusal says it
        }

        if (!parentActivity.GetChildren().Any(c => string.Equals(c.Id, toId, StringComparison.Ordinal)))
        {
            var said = moves[execution.Id].Name ?? toId;
            refusals.Add(new MigrationProblem(path, $"'{said}' is no longer directly inside '{parent.Name ?? parentTo}' in version {target.Version}: the journey could not go on from it."));
        }
    }

    private static BookmarkMove MoveBookmark(
        Bookmark bookmark,
        Dictionary<int, ActivityMove> moves,
        InstanceState state,
        JsonObject variables,
        WorkflowDefinition source,
        WorkflowDefinition target,
        Dictionary<int, JsonObject> executionStates,
        List<MigrationProblem> refusals)
    {
        var toId = moves.TryGetValue(bookmark.ExecutionId, out var move) ? move.ToActivityId : null;
        var unmoved = new BookmarkMove(bookmark.Id, bookmark.Kind, bookmark.Name, bookmark.CorrelationKey, bookmark.ActivityId, toId, bookmark.DueAt, bookmark.DueAt);
        var from = source.FindActivity(bookmark.ActivityId);
        if (toId is null || from is null || target.FindActivity(toId) is not { } to)
        {
            return unmoved;
        }

        if (bookmark.Kind == BookmarkKind.Signal)
        {
            if (from is WaitForSignal s && to is WaitForSignal t && !string.Equals(s.Signal, t.Signal, StringComparison.Ordinal))
            {
                refusals.Add(new MigrationProblem($"activities.{bookmark.ActivityId}", $"'{to.DisplayName ?? to.Id}' waits for '{s.Signal}' in version {source.Version} and for '{t.Signal}' in version {target.Version}: the journey waits for '{s.Signal}'."));
            }

            return unmoved;
        }

        var execution = state.Executions.Find(e => e.Id == bookmark.ExecutionId);
        if (execution is null)
        {
            return unmoved;
        }

        var rearmed = TimerRearm.Compute(from, to, bookmark, execution, variables, target);
        if (rearmed.Refusal is { } refusal)
        {
            refusals.Add(refusal);
            return unmoved;
        }

        if (rearmed.NewState is { } newState)
        {
            executionStates[execution.Id] = newState;
        }

        return unmoved with { NewDueAt = rearmed.DueAt };
    }

    private static IEnumerable<WorkItem> FaultWork(InstanceState state) =>
        state.Fault is { } fault ? [fault.FailedWork, .. fault.PendingWork] : [];
}
