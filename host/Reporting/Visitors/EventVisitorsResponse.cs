using Cohorts.Workflows.Kpis;

namespace Cohorts.Host.Reporting.Visitors;

/// <summary>One event's visitors against expected, as the API answers them.</summary>
/// <param name="SessionId">The event (GET /api/sessions/{id}).</param>
/// <param name="Title">Its title.</param>
/// <param name="Town">Its town or place, if any.</param>
/// <param name="PlannedAt">When it is planned.</param>
/// <param name="Expected">The visitors expected, if counted.</param>
/// <param name="Counted">The visitors counted, once recorded (if counted).</param>
/// <param name="Gap">The difference with the expected ones in percent of them, when both are known.</param>
/// <param name="Cancelled">Whether it was cancelled.</param>
public sealed record EventVisitorsResponse(Guid SessionId, string Title, string? Town, DateTimeOffset PlannedAt, int? Expected, int? Counted, decimal? Gap, bool Cancelled)
{
    /// <summary>Describes an event's attendance.</summary>
    public static EventVisitorsResponse Of(EventAttendance attendance)
    {
        ArgumentNullException.ThrowIfNull(attendance);
        return new(attendance.SessionId, attendance.Title, attendance.Town, attendance.PlannedAt, attendance.Expected, attendance.Counted, attendance.Gap, attendance.Cancelled);
    }
}
