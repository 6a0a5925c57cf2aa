using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Services;

/// <summary>What a coach or an organiser reports about a session.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="CoachId">The coach reporting (only the session's own coach may), or null for a manager or organiser.</param>
/// <param name="RecordedBy">Who is reporting, for the record (a name or an e-mail address).</param>
/// <param name="Attendance">Attendance per company; each must be expected at the session.</param>
/// <param name="Notes">The notes.</param>
/// <param name="Actions">The actions agreed.</param>
/// <param name="Visitors">Visitors counted (collective events), if counted.</param>
public sealed record SessionOutcomeReport(
    Guid SessionId,
    Guid? CoachId,
    string RecordedBy,
    IReadOnlyList<Attendance> Attendance,
    string? Notes = null,
    IReadOnlyList<ActionItem>? Actions = null,
    int? Visitors = null)
{
    /// <summary>
    /// Gets the companies that came without being enrolled (a collective event's, at most
    /// <see cref="Cohorts.Workflows.WalkIns.WalkInLimits.MaxPerOutcome"/>): each matched to the cohort's company with its name or contact
    /// address, or added to the cohort, and recorded present.
    /// </summary>
    public IReadOnlyList<Cohorts.Workflows.WalkIns.WalkIn?>? WalkIns { get; init; }
}
