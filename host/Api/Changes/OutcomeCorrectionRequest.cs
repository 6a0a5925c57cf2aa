using Cohorts.Host.Coaching;

namespace Cohorts.Host.Api.Changes;

/// <summary>Corrects a recorded outcome: the body of PUT /api/sessions/{id}/outcome (the whole outcome, as recorded).</summary>
/// <param name="Attendance">Whether each expected company attended (ignored with <paramref name="NoShow"/>).</param>
/// <param name="Notes">What was done and said (required unless <paramref name="NoShow"/>).</param>
/// <param name="Actions">The actions agreed.</param>
/// <param name="Visitors">Visitors counted (collective events), if counted.</param>
/// <param name="NoShow">True when the company did not come after all (coaching sessions).</param>
public sealed record OutcomeCorrectionRequest(
    IReadOnlyList<AttendanceRequest?>? Attendance,
    string? Notes,
    IReadOnlyList<ActionRequest?>? Actions = null,
    int? Visitors = null,
    bool NoShow = false)
{
    /// <summary>The outcome part, as <see cref="OutcomeRules"/> checks it.</summary>
    public OutcomeRequest ToOutcome() => new(Attendance, Notes, Actions, Visitors);
}
