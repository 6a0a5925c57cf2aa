using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Coaching;

/// <summary>A session's recorded outcome, as a reader may see it (attendance limited to the companies they see).</summary>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="Attendance">Attendance per company.</param>
/// <param name="Notes">The notes.</param>
/// <param name="Actions">The actions agreed.</param>
/// <param name="Visitors">Visitors counted (collective events), if counted.</param>
public sealed record RecordedOutcome(
    DateTimeOffset RecordedAt,
    string RecordedBy,
    IReadOnlyList<AttendanceLine> Attendance,
    string Notes,
    IReadOnlyList<ActionItem> Actions,
    int? Visitors);
