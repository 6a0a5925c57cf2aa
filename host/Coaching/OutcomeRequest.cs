namespace Cohorts.Host.Coaching;

/// <summary>What a coach (or the programme's manager) reports about a session: the body of POST /api/sessions/{id}/outcome.</summary>
/// <param name="Attendance">Whether each expected company attended: every company the session expects, once each.</param>
/// <param name="Notes">What was done and said (required).</param>
/// <param name="Actions">The actions agreed, each with a description and an owner (optional).</param>
/// <param name="Visitors">Visitors counted (collective events), if counted.</param>
/// <param name="WalkIns">
/// Companies that came without being enrolled (collective events; at most 500): each becomes a company of the cohort
/// (or is the one with its name or contact address) recorded present.
/// </param>
public sealed record OutcomeRequest(
    IReadOnlyList<AttendanceRequest?>? Attendance,
    string? Notes,
    IReadOnlyList<ActionRequest?>? Actions = null,
    int? Visitors = null,
    IReadOnlyList<Cohorts.Workflows.WalkIns.WalkIn?>? WalkIns = null);
