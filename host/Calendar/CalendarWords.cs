namespace Cohorts.Host.Calendar;

/// <summary>The words a coach's calendar feed writes, in the coach's language (a feed is read with no request culture of its own).</summary>
/// <param name="Recorded">Said of a session whose outcome is recorded.</param>
/// <param name="Late">Said of a session past its time whose outcome is still to record.</param>
internal sealed record CalendarWords(string Recorded, string Late);
