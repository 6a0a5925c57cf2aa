namespace Cohorts.Workflows.Domain;

/// <summary>What happened at a session: who attended, notes, actions, visitors counted.</summary>
/// <param name="RecordedAt">When the outcome was recorded.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="Attendance">Attendance per expected company.</param>
/// <param name="Notes">The notes.</param>
/// <param name="Actions">The actions agreed.</param>
/// <param name="Visitors">Visitors counted (collective events), if counted.</param>
/// <param name="NoShow">True when the company did not come (a coaching session recorded as a no-show: not held, absent).</param>
public sealed record SessionOutcome(
    DateTimeOffset RecordedAt,
    string RecordedBy,
    IReadOnlyList<Attendance> Attendance,
    string Notes,
    IReadOnlyList<ActionItem> Actions,
    int? Visitors,
    bool NoShow = false);
