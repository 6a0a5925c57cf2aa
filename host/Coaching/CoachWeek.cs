namespace Cohorts.Host.Coaching;

/// <summary>A coach's week: the sessions whose outcome is overdue (oldest first), then the next seven days' sessions.</summary>
/// <param name="Overdue">Past sessions whose outcome is not recorded, oldest first.</param>
/// <param name="Upcoming">Sessions planned from now to seven days from now, in time order.</param>
public sealed record CoachWeek(IReadOnlyList<CoachSession> Overdue, IReadOnlyList<CoachSession> Upcoming)
{
    /// <summary>
    /// Gets the collective events of the week (<see cref="CoachAgenda.GetEventsAsync"/>): the next seven days' events
    /// their companies attend, and the events they organise whose outcome is late; each names only the coach's companies.
    /// </summary>
    public IReadOnlyList<CoachSession> Events { get; init; } = [];
}
