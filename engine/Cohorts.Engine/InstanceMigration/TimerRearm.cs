using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.InstanceMigration;

/// <summary>
/// Re-arms a timer for the target version: when the waiting <see cref="Delay"/>, <see cref="WaitUntil"/> or
/// <see cref="Repeat"/> changed its schedule settings, the due instant is computed again by the target's settings from
/// the same anchor (when the Delay's execution started, the WaitUntil's date, the Repeat's anchor and occurrence
/// number), moved by the target's calendar as the activity itself would. Other timers (custom activities' reminders)
/// keep their instant.
/// </summary>
internal static class TimerRearm
{
    /// <summary>The instant the timer falls due in the target, the execution's new state (a Repeat's), or why it cannot be re-armed.</summary>
    public sealed record Result(DateTimeOffset? DueAt, JsonObject? NewState, MigrationProblem? Refusal);

    public static Result Compute(Activity source, Activity target, Bookmark timer, ActivityExecution execution, JsonObject variables, WorkflowDefinition definition) =>
        (source, target) switch
        {
            (Delay s, Delay t) when s.Duration != t.Duration =>
                new Result(t.Duration.AddTo(execution.StartedAt, definition.TimeZone), null, null),
            (WaitUntil s, WaitUntil t) when s.At != t.At || s.Offset != t.Offset || s.SkipCalendar != t.SkipCalendar =>
                WaitUntil(t, variables, definition),
            (Repeat s, Repeat t) when !SameSchedule(s, t) => Repeat(s, t, execution, variables, definition),
            _ => new Result(timer.DueAt, null, null),
        };

    private static Result WaitUntil(WaitUntil target, JsonObject variables, WorkflowDefinition definition)
    {
        if (Resolve(target.At, variables, definition.TimeZone) is not { } at)
        {
            return Refuse(target.At, target.Id);
        }

        var due = (target.Offset ?? IsoDuration.Zero).AddTo(at, definition.TimeZone);
        return new Result(target.SkipCalendar || definition.Calendar is null ? due : definition.Calendar.ShiftToWorkingDay(due, definition.TimeZone), null, null);
    }

    private static Result Repeat(Repeat source, Repeat target, ActivityExecution execution, JsonObject variables, WorkflowDefinition definition)
    {
        var state = (JsonObject)execution.State.DeepClone();
        var index = state["index"]?.GetValue<int>() ?? 0;
        DateTimeOffset anchor;
        if (source.From != target.From || source.Offset != target.Offset || !state.ContainsKey("anchor"))
        {
            var from = execution.StartedAt;
            if (target.From is not null)
            {
                if (Resolve(target.From, variables, definition.TimeZone) is not { } resolved)
                {
                    return Refuse(target.From, target.Id);
                }

                from = resolved;
            }

            anchor = (target.Offset ?? IsoDuration.Zero).AddTo(from, definition.TimeZone);
            state["anchor"] = JsonSerializer.SerializeToNode(anchor, InstanceStateSerializer.Options);
        }
        else
        {
            anchor = state["anchor"].Deserialize<DateTimeOffset>(InstanceStateSerializer.Options);
        }

        if (index >= target.Count)
        {
            return new Result(null, null, new MigrationProblem($"activities.{target.Id}", $"'{Name(target)}' happens {target.Count} times in the target version, and this journey waits for occurrence {index + 1}."));
        }

        DateTimeOffset? until = null;
        if (target.Until is not null)
        {
            until = Resolve(target.Until, variables, definition.TimeZone);
            if (until is null)
            {
                return Refuse(target.Until, target.Id);
            }

            state["until"] = JsonSerializer.SerializeToNode(until.Value, InstanceStateSerializer.Options);
        }
        else
        {
            state.Remove("until");
        }

        var due = target.OccurrenceAt(anchor, index, definition.TimeZone, definition.Calendar);
        if (due > until)
        {
            return new Result(null, null, new MigrationProblem($"activities.{target.Id}", $"'{Name(target)}' ends before occurrence {index + 1} in the target version, which this journey waits for."));
        }

        return new Result(due, state, null);
    }

    private static bool SameSchedule(Repeat source, Repeat target) =>
        source.Count == target.Count && source.Every == target.Every && source.From == target.From && source.Offset == target.Offset
        && source.Until == target.Until && source.SkipCalendar == target.SkipCalendar;

    private static DateTimeOffset? Resolve(string source, JsonObject variables, TimeZoneInfo zone) =>
        DateValues.TryParse(source, zone, out var instant)
            || (variables.TryGetPropertyValue(source, out var value) && DateValues.TryRead(value, zone, out instant))
            ? instant
            : null;

    private static Result Refuse(string variable, string activityId) =>
        new(null, null, new MigrationProblem($"variables.{variable}", $"The target version's '{activityId}' waits for the date in '{variable}', which this journey does not have."));

    private static string Name(Activity activity) => activity.DisplayName ?? activity.Id;
}
