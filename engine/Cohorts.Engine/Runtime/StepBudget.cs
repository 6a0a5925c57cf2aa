using System.Globalization;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Runtime;

/// <summary>
/// Counts what one step has run and for how long (<see cref="StepBudgetOptions"/>), so that the interpreter stops a
/// step that would run on for everybody, before the next activity, with a reason for the incident.
/// </summary>
internal sealed class StepBudget
{
    private readonly StepBudgetOptions _options;
    private readonly TimeProvider _clock;
    private readonly long _started;
    private int _activities;
    private long? _holding;

    public StepBudget(StepBudgetOptions options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        _started = clock.GetTimestamp();
    }

    /// <summary>Gets the limits.</summary>
    public StepBudgetOptions Options => _options;

    /// <summary>
    /// Takes the budget from the host's services: the runtime's options (<see cref="WorkflowRuntimeOptions.StepBudget"/>)
    /// and the clock that measures a step (<see cref="StepBudgetClock"/>: not the workflows' <see cref="TimeProvider"/>,
    /// which may jump), the defaults and the system's monotonic clock where a host registered none.
    /// </summary>
    public static StepBudget Start(IServiceProvider services) => new(
        (services.GetService(typeof(WorkflowRuntimeOptions)) as WorkflowRuntimeOptions)?.StepBudget ?? new StepBudgetOptions(),
        ((services.GetService(typeof(StepBudgetClock)) as StepBudgetClock) ?? StepBudgetClock.System).Elapsed);

    /// <summary>
    /// Says why the step must stop before running <paramref name="next"/>, or returns null and counts it;
    /// <paramref name="holdsWritePath"/> says whether the step holds the database's write path now.
    /// </summary>
    public string? Check(WorkItem next, bool holdsWritePath = false)
    {
        if (next.Kind == WorkItemKind.Execute && _activities >= _options.MaxActivities)
        {
            return $"This step ran {Number(_activities)} activities, the most one step may run: a loop that never waits (a Repeat or ForEach whose body "
                + $"has no timer or signal) is probably too long. The instance stopped before this activity; a retry runs the next {Number(_options.MaxActivities)}.";
        }

        var elapsed = _clock.GetElapsedTime(_started);
        if (elapsed > _options.MaxDuration)
        {
            return $"This step ran for {Seconds(elapsed, "0.0")} after {Number(_activities)} activities, and one step may run for {Seconds(_options.MaxDuration, "0.###")}: "
                + "a loop or an expression that does too much, or a slow custom activity. The instance stopped before this activity; a retry carries on from it.";
        }

        if (holdsWritePath)
        {
            _holding ??= _clock.GetTimestamp();
            var held = _clock.GetElapsedTime(_holding.Value);
            if (held > _options.MaxWritePathHold)
            {
                return $"This step kept the database's write path for {Seconds(held, "0.0")} after writing its first rows, and one step may keep it for "
                    + $"{Seconds(_options.MaxWritePathHold, "0.###")}: every other change of the installation waits meanwhile. Put the slow work (a long loop, "
                    + "a heavy expression) before the activities that write, or behind a timer. The instance stopped before this activity; a retry carries on from it.";
            }
        }

        if (next.Kind == WorkItemKind.Execute)
        {
            _activities++;
        }

        return null;
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan span, string format) => span.TotalSeconds.ToString(format, CultureInfo.InvariantCulture) + " s";
}
