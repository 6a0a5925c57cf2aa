using System.Text;
using Cohorts.Host.Calendar;
using Cohorts.Workflows.Domain;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// A session as an <c>.ics</c> attachment (one VEVENT, METHOD:PUBLISH, or METHOD:CANCEL for a session the coach no
/// longer has): the same UID as in the coach's calendar subscription (<see cref="CoachCalendar.Uid"/>), so a calendar
/// application updates or drops the event it has rather than adding a second, and a SEQUENCE that grows with each
/// change (<c>CalendarSequence</c>). Its media type names the charset and the method, as RFC 6047 asks.
/// </summary>
internal static class SessionIcs
{
    /// <summary>The session's event, to add or update, linking to the coach's page of the session.</summary>
    public static MailAttachment For(MailRequest request, int sequence) => Write(request, sequence, cancelled: false, CoachPage(request));

    /// <summary>The session's event, to drop: cancelled, or handed over to another coach.</summary>
    public static MailAttachment Cancelling(MailRequest request, int sequence) => Write(request, sequence, cancelled: true, CoachPage(request));

    /// <summary>The session's event for a company's contact, to update or drop (<paramref name="cancelled"/>): no link, they have no account.</summary>
    public static MailAttachment ForCompany(MailRequest request, int sequence, bool cancelled) => Write(request, sequence, cancelled, url: null);

    /// <summary>The SEQUENCE the e-mail's data carries (1 when it carries none).</summary>
    public static int SequenceOf(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Data["sequence"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<int>(out var number) ? number : 1;
    }

    private static Uri CoachPage(MailRequest request) => new(request.Links.To($"/coach/sessions/{request.IdOf("sessionId"):D}"));

    private static MailAttachment Write(MailRequest request, int sequence, bool cancelled, Uri? url)
    {
        var zone = CohortsHostExtensions.PagesTimeZone;
        var id = request.IdOf("sessionId");
        var plannedAt = request.Instant("plannedAt");
        var kind = Enum.TryParse<SessionKind>(request.Optional("kind"), ignoreCase: true, out var parsed) ? parsed : SessionKind.Coaching;
        var start = TimeZoneInfo.ConvertTime(plannedAt, zone).DateTime;
        var method = cancelled ? "CANCEL" : "PUBLISH";
        var calendar = new Ical.Net.Calendar { ProductId = "-//Cohorts//Sessions//EN", Method = method };
        // The zone's rules from the earlier of now and the session (Ical.Net's rules end a little after today).
        var earliest = (plannedAt < request.Now ? plannedAt : request.Now).UtcDateTime.AddDays(-1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Id, earliest, includeHistoricalData: false));
        var session = new CalendarEvent
        {
            Uid = CoachCalendar.Uid(id),
            Sequence = sequence,
            Summary = request.Required("title"),
            DtStart = new CalDateTime(start, zone.Id),
            DtEnd = new CalDateTime(request.Optional("endsAt") is null ? start + SessionLengths.Of(kind) : TimeZoneInfo.ConvertTime(request.Instant("endsAt"), zone).DateTime, zone.Id),
            DtStamp = new CalDateTime(request.Now.UtcDateTime, CalDateTime.UtcTzId),
            Status = cancelled ? Ical.Net.EventStatus.Cancelled : Ical.Net.EventStatus.Confirmed,
            Url = url,
        };
        if (request.Optional("location") is { } location)
        {
            session.Location = location;
        }

        if (request.Optional("companies") is { Length: > 0 } companies)
        {
            session.Description = companies;
        }

        // RFC 5546: a CANCEL (and an update) names its organiser, or calendar applications may not apply it.
        session.Organizer = new Organizer($"mailto:{request.SenderAddress}") { CommonName = request.SenderName };

        calendar.Events.Add(session);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return new MailAttachment("session.ics", $"text/calendar; charset=utf-8; method={method}", Encoding.UTF8.GetBytes(text));
    }
}
