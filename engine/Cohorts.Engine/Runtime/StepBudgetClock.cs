namespace Cohorts.Engine.Runtime;

/// <summary>
/// What a step's time budget is measured with (<see cref="StepBudgetOptions.MaxDuration"/>,
/// <see cref="StepBudgetOptions.MaxWritePathHold"/>): the time the step took, not the calendar. The host's
/// <see cref="TimeProvider"/> tells workflows what time it is, and may jump (a test's fake clock moved on by hours, a
/// preview's clock carried across a year); a jump while a step runs is no time that step spent, and must not fault its
/// instance. By default the system's monotonic clock; a host registers one of its own only to measure differently (a
/// test whose activities advance a fake clock to stand for slow work).
/// </summary>
/// <param name="elapsed">The clock whose timestamps measure the step.</param>
public sealed class StepBudgetClock(TimeProvider elapsed)
{
    /// <summary>Gets the system's monotonic clock, the default.</summary>
    public static StepBudgetClock System { get; } = new(TimeProvider.System);

    /// <summary>Gets the clock whose timestamps measure the step.</summary>
    public TimeProvider Elapsed { get; } = elapsed ?? throw new ArgumentNullException(nameof(elapsed));
}
