namespace Cohorts.Workflows.Simulation;

/// <summary>
/// The clock of a simulation: stands still until the simulator moves it to the next thing due, so a year of programme
/// runs in moments. (Production code cannot use the test package's FakeTimeProvider.)
/// </summary>
internal sealed class SimulationClock : TimeProvider
{
    private DateTimeOffset _now;

    public SimulationClock(DateTimeOffset start) => _now = start.ToUniversalTime();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock forward to an instant (never back).</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        if (instant > _now)
        {
            _now = instant.ToUniversalTime();
        }
    }
}
