using System.Text;
using Cohorts.Host.Calendar;
using Cohorts.Workflows.Domain;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// A session as an <c>.ics</c> attachment (METHOD:PUBLISH, one VEVENT): the same UID as in the coach's calendar
/// subscription (<see cref="CoachCalendar.Uid"/>), so a calendar application updates the event it has rather than
/// adding a second, and a SEQUENCE that grows when the session is handed over.
/// </summary>
internal static class SessionIcs
{
    public static MailAttachment For(MailRequest request, int sequence)
    {
        var zone = CohortsHostExtensions.PagesTimeZone;
        var id = request.IdOf("sessionId");
        var plannedAt = request.Instant("plannedAt");
        var kind = Enum.TryParse<SessionKind>(request.Optional("kind"), ignoreCase: true, out var parsed) ? parsed : SessionKind.Coaching;
        var start = TimeZoneInfo.ConvertTime(plannedAt, zone).DateTime;
        var calendar = new Ical.Net.Calendar { ProductId = "-//Cohorts//Sessions//EN", Method = "PUBLISH" };
        // The zone's rules from the earlier of now and the session (Ical.Net's rules end a little after today).
        var earliest = (plannedAt < request.Now ? plannedAt : request.Now).UtcDateTime.AddDays(-1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Id, earliest, includeHistoricalData: false));
        var session = new CalendarEvent
        {
            Uid = CoachCalendar.Uid(id),
            Sequence = sequence,
            Summary = request.Required("title"),
            Description = request.Optional("companies") ?? string.Empty,
            DtStart = new CalDateTime(start, zone.Id),
            DtEnd = new CalDateTime(request.Optional("endsAt") is null ? start + SessionLengths.Of(kind) : TimeZoneInfo.ConvertTime(request.Instant("endsAt"), zone).DateTime, zone.Id),
            DtStamp = new CalDateTime(request.Now.UtcDateTime, CalDateTime.UtcTzId),
            Status = Ical.Net.EventStatus.Confirmed,
            Url = new Uri(request.Links.To($"/coach/sessions/{id:D}")),
        };
        if (request.Optional("location") is { } location)
        {
            session.Location = location;
        }

        calendar.Events.Add(session);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new MailAttachment("session.ics", "text/calendar", Encoding.UTF8.GetBytes(text));
    }
}
