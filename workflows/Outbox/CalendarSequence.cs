namespace Cohorts.Workflows.Outbox;

/// <summary>
/// The SEQUENCE of a session's calendar event in the <c>.ics</c> its e-mails carry: seconds since 2020-01-01 UTC at the
/// change, so that every later change of the same session (a new time, another coach, a cancellation) carries a higher
/// number and a calendar application replaces the event it has. RFC 5545's SEQUENCE is a 32-bit integer: this one
/// lasts until 2088. Changes of one session a second apart or more are ordered; a person does not make two in a second.
/// </summary>
public static class CalendarSequence
{
    private static readonly DateTimeOffset Origin = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The SEQUENCE of a change made at <paramref name="changedAt"/> (1 at the latest before the origin).</summary>
    public static int At(DateTimeOffset changedAt) =>
        (int)Math.Clamp((changedAt - Origin).Ticks / TimeSpan.TicksPerSecond, 1, int.MaxValue);
}
