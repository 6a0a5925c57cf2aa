namespace Cohorts.Workflows.Kpis;

/// <summary>One collective event's visitors against those it expected (the Semaine de l'Innovation's Innov'embre: 450 expected).</summary>
/// <param name="SessionId">The event (a session without a coach).</param>
/// <param name="Title">Its title.</param>
/// <param name="Town">Its town or place, if any.</param>
/// <param name="PlannedAt">When it is planned.</param>
/// <param name="Expected">The visitors it expects, if counted.</param>
/// <param name="Counted">The visitors its outcome counted, once recorded (if counted).</param>
/// <param name="Cancelled">Whether it was cancelled (it then expects no one).</param>
public sealed record EventAttendance(Guid SessionId, string Title, string? Town, DateTimeOffset PlannedAt, int? Expected, int? Counted, bool Cancelled = false)
{
    /// <summary>Gets the counted visitors' difference with the expected ones, in percent of them ("+25"), when both are known and some were expected.</summary>
    public decimal? Gap => EventAttendanceReport.GapOf(Counted, Expected);
}
