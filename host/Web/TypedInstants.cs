using Cohorts.Engine.Time;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Web;

/// <summary>
/// A day and time typed on a page, made an instant in the pages' zone. A day outside the domain's range is refused
/// first, at the field the services would name, as they would refuse it: at year 1 or 9999 the instant itself may not
/// exist (the zone's offset takes it past the calendar's ends), and converting first answered a 500.
/// </summary>
internal static class TypedInstants
{
    /// <summary>The instant of <paramref name="time"/> on <paramref name="day"/> in <paramref name="zone"/>.</summary>
    /// <exception cref="DomainRuleException">The day is out of the domain's range (at <paramref name="field"/>).</exception>
    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone, string field)
    {
        InputLimits.CheckDate(field, day);
        return ZonedTime.ToInstant(day.ToDateTime(time), zone);
    }

    /// <summary>The refusal of a time the clocks skip that day (2:30 on the last Sunday of March in Paris).</summary>
    public const string Skipped = "That time does not exist on that day: the clocks go forward an hour. Choose another time.";

    /// <summary>
    /// The instant of a local date and time typed in one field. A time the clocks skip is refused rather than moved an
    /// hour on without a word (the zone's rule would make 02:30 a 03:30).
    /// </summary>
    /// <exception cref="DomainRuleException">The day is out of the domain's range, or the time does not exist that day (at <paramref name="field"/>).</exception>
    public static DateTimeOffset At(DateTime local, TimeZoneInfo zone, string field)
    {
        ArgumentNullException.ThrowIfNull(zone);
        InputLimits.CheckDate(field, DateOnly.FromDateTime(local));
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return zone.IsInvalidTime(wallClock) ? throw new DomainRuleException(field, Skipped) : ZonedTime.ToInstant(wallClock, zone);
    }
}
