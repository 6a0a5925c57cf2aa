using Cohorts.Host.Coaching;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Cohorts.Host.Calendar;

/// <summary>
/// A coach's sessions as an iCalendar document (RFC 5545) that calendar applications subscribe to: one VEVENT per
/// session, its UID stable across reloads (the session's id), times in Europe/Paris with the zone's VTIMEZONE; a
/// coaching session's title names its company (a coach's round has one "Séance de coaching n°5" per company); its
/// description in the coach's words; a cancelled session stays in it as CANCELLED, so applications that subscribed
/// drop it.
/// </summary>
internal static class CoachCalendar
{
    /// <summary>The media type of the feed.</summary>
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The domain of the events' UIDs (<c>session-{id}@cohorts</c>).</summary>
    public const string UidDomain = "cohorts";

    /// <summary>Writes the calendar of <paramref name="sessions"/>, linking each event to its page under <paramref name="siteUrl"/>.</summary>
    /// <param name="name">The calendar's name, as applications show it.</param>
    /// <param name="sessions">The sessions.</param>
    /// <param name="siteUrl">The site's address (scheme, host and base path), e.g. <c>https://cohorts.example</c>.</param>
    /// <param name="stamp">When the document is written (each event's DTSTAMP).</param>
    /// <param name="words">The words of the descriptions, in the coach's language.</param>
    public static string Write(string name, IEnumerable<CoachSession> sessions, string siteUrl, DateTimeOffset stamp, CalendarWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(sessions);
        var zone = CohortsHostExtensions.PagesTimeZone;
        var calendar = new Ical.Net.Calendar { ProductId = "-//Cohorts//Coach sessions//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", zone.Id);
        var list = sessions.ToList();

        // The zone's rules (STANDARD and DAYLIGHT) from the first session on, so any application reads the local times.
        var earliest = list.Count > 0 ? list.Min(s => s.PlannedAt).UtcDateTime.AddDays(-1) : stamp.UtcDateTime;
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Id, earliest, includeHistoricalData: false));
        foreach (var session in list)
        {
            calendar.Events.Add(Event(session, zone, siteUrl.TrimEnd('/'), stamp, words));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>The UID of a session's event.</summary>
    public static string Uid(Guid sessionId) => $"session-{sessionId:D}@{UidDomain}";

    /// <summary>The title an event shows: a coaching session's names its company.</summary>
    public static string Summary(CoachSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session is { Kind: SessionKind.Coaching, Companies: [var company] } ? $"{session.Title} · {company.Name}" : session.Title;
    }

    private static CalendarEvent Event(CoachSession session, TimeZoneInfo zone, string siteUrl, DateTimeOffset stamp, CalendarWords words)
    {
        var start = TimeZoneInfo.ConvertTime(session.PlannedAt, zone).DateTime;
        var companies = session.Companies.Count > 0 ? string.Join(", ", session.Companies.Select(c => c.Name)) : null;
        var outcome = session.Recorded ? words.Recorded : session.Late ? words.Late : null;
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(session.Id),
            Summary = Summary(session),
            Description = string.Join("\n", new[] { session.CohortName, companies, outcome }.Where(line => line is not null)),
            DtStart = new CalDateTime(start, zone.Id),
            DtEnd = new CalDateTime(TimeZoneInfo.ConvertTime(session.EndsAt, zone).DateTime, zone.Id),
            DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
            Status = session.CancelledAt is null ? Ical.Net.EventStatus.Confirmed : Ical.Net.EventStatus.Cancelled,
            Url = new Uri($"{siteUrl}/coach/sessions/{session.Id:D}"),
        };
        if (session.CancelledAt is { } cancelledAt)
        {
            // The SEQUENCE the cancellation's e-mail gave (CalendarSequence at the change): an application that
            // imported that e-mail and reads this feed sees one event, cancelled.
            calendarEvent.Sequence = CalendarSequence.At(cancelledAt);
        }

        if (!string.IsNullOrWhiteSpace(session.Location))
        {
            calendarEvent.Location = session.Location;
        }

        return calendarEvent;
    }
}
