namespace Cohorts.Workflows.Scheduling;

/// <summary>A stretch of time already taken: a session or an event.</summary>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
internal readonly record struct BusyTime(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Whether it overlaps [start, end).</summary>
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}
