using Cohorts.Host.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Cohorts.Host.Portal;

/// <summary>
/// A company's sessions to come as an iCalendar document (METHOD:PUBLISH), for its contact's calendar: the same UIDs as
/// the coach's calendar and the session e-mails (<see cref="CoachCalendar.Uid"/>), so an application updates rather
/// than duplicates; times in the programmes' zone with its VTIMEZONE; each event links to the portal.
/// </summary>
public static class PortalCalendar
{
    /// <summary>The media type of the document.</summary>
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>Writes the document.</summary>
    /// <param name="name">The calendar's name.</param>
    /// <param name="sessions">The sessions.</param>
    /// <param name="portalUrl">The portal's absolute address (each event's URL).</param>
    /// <param name="stamp">When it is written.</param>
    public static string Write(string name, IEnumerable<PortalSession> sessions, string portalUrl, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var zone = CohortsHostExtensions.PagesTimeZone;
        var list = sessions.ToList();
        var calendar = new Ical.Net.Calendar { ProductId = "-//Cohorts//Company portal//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        var earliest = list.Count > 0 ? list.Min(s => s.PlannedAt < stamp ? s.PlannedAt : stamp).UtcDateTime.AddDays(-1) : stamp.UtcDateTime.AddDays(-1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Id, earliest, includeHistoricalData: false));
        foreach (var session in list)
        {
            var item = new CalendarEvent
            {
                Uid = CoachCalendar.Uid(session.Id),
                Summary = session.Title,
                DtStart = new CalDateTime(TimeZoneInfo.ConvertTime(session.PlannedAt, zone).DateTime, zone.Id),
                DtEnd = new CalDateTime(TimeZoneInfo.ConvertTime(session.EndsAt, zone).DateTime, zone.Id),
                DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
                Status = Ical.Net.EventStatus.Confirmed,
                Url = new Uri(portalUrl),
            };
            if (!string.IsNullOrWhiteSpace(session.Location))
            {
                item.Location = session.Location;
            }

            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
