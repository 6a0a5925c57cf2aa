namespace Cohorts.Bench;

/// <summary>
/// The system clock, plus an offset the timer benchmark moves forward to make Delay timers fall due at once.
/// (Not the test package's FakeTimeProvider: the bench keeps real time flowing so log and row instants stay realistic.)
/// </summary>
internal sealed class BenchClock : TimeProvider
{
    private long _offsetTicks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
