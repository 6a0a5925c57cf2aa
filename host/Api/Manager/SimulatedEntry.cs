namespace Cohorts.Host.Api.Manager;

/// <summary>One dated item of a previewed cohort: a coaching session, a collective event or a milestone review.</summary>
/// <param name="At">When, in the programme's time zone.</param>
/// <param name="Kind">Coaching, Visit, Networking, Conference, Feedback, Workshop, or Milestone.</param>
/// <param name="Title">The title.</param>
/// <param name="Coach">The coach (coaching sessions).</param>
/// <param name="Company">The company (coaching sessions and company milestones).</param>
/// <param name="Organiser">The organiser (collective events).</param>
/// <param name="Location">The place, if any.</param>
/// <param name="ExpectedCompanies">The companies expected.</param>
/// <param name="ExpectedVisitors">The visitors expected, if counted.</param>
/// <param name="Reviewer">Who decides (milestones): Manager or Funder.</param>
public sealed record SimulatedEntry(
    DateTimeOffset At,
    string Kind,
    string Title,
    string? Coach,
    string? Company,
    string? Organiser,
    string? Location,
    int? ExpectedCompanies,
    int? ExpectedVisitors,
    string? Reviewer)
{
    /// <summary>Gets when it ends (sessions and events; null for a review).</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>Gets the organisations hosting it (a visit's host), joined by commas; null when none is named.</summary>
    public string? Host { get; init; }
}
