using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Simulation;

/// <summary>One dated item of a simulated cohort: a coaching session, a collective event or a milestone review.</summary>
/// <param name="At">When, in the programme's time zone, as moved by its calendar (weekends, holidays, closures).</param>
/// <param name="Kind">Coaching, Visit, Networking, Conference, Feedback, Workshop, or Milestone.</param>
/// <param name="Title">The title (the milestone's name).</param>
/// <param name="Coach">The coach (coaching sessions).</param>
/// <param name="Company">The company (coaching sessions and company milestones).</param>
/// <param name="Organiser">The organiser (collective events).</param>
/// <param name="Location">The place, if any.</param>
/// <param name="ExpectedCompanies">The companies expected (sessions and events).</param>
/// <param name="ExpectedVisitors">The visitors expected, if counted.</param>
/// <param name="Reviewer">Who decides (milestones).</param>
public sealed record CalendarEntry(
    DateTimeOffset At,
    string Kind,
    string Title,
    string? Coach,
    string? Company,
    string? Organiser,
    string? Location,
    int? ExpectedCompanies,
    int? ExpectedVisitors,
    ReviewerRole? Reviewer)
{
    /// <summary>Gets when it ends (sessions and events; a review has no end), in the programme's time zone.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>Gets the organisations hosting it (collective events whose template names a host: a visit's), joined by commas; null when none.</summary>
    public string? Host { get; init; }
}
