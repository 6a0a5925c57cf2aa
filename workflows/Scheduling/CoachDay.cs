namespace Cohorts.Workflows.Scheduling;

/// <summary>A coach's working day: the weekdays they work (none: every working day), their hours, a session's length.</summary>
/// <param name="Days">The weekdays the coach works; empty: every day the calendar works.</param>
/// <param name="Start">When the working day starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="Length">How long a session lasts.</param>
internal sealed record CoachDay(IReadOnlyCollection<DayOfWeek> Days, TimeOnly Start, TimeOnly End, TimeSpan Length)
{
    /// <summary>Whether the coach works on a weekday.</summary>
    public bool Works(DayOfWeek day) => Days.Count == 0 || Days.Contains(day);
}
