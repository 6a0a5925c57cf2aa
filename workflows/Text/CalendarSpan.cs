using Humanizer;

namespace Cohorts.Workflows.Text;

/// <summary>
/// The span between two instants as a person counts it, in one unit: minutes or hours within the same local day,
/// days under two weeks, weeks under a calendar month (and from a month and two weeks to two months: "in 8 weeks",
/// not "in 1 month" for 7 December to 1 February), months under a year, then years. Days, months and years are
/// counted on local dates (the 6th to the 6th is a month, whatever the month's length), so "in 3 months" is said on
/// the day three months ahead, not 91.3 days ahead. Counts are whole units, rounded down.
/// </summary>
/// <param name="Unit">The unit.</param>
/// <param name="Count">How many units (0 for under a minute).</param>
/// <param name="IsFuture">True when the instant is later than the reference.</param>
/// <param name="SameDay">True when both fall on the same local date.</param>
internal readonly record struct CalendarSpan(TimeUnit Unit, int Count, bool IsFuture, bool SameDay)
{
    public static CalendarSpan Between(DateTimeOffset reference, DateTimeOffset instant, TimeZoneInfo zone)
    {
        var isFuture = instant > reference;
        var elapsed = (instant - reference).Duration();
        var from = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(isFuture ? reference : instant, zone).DateTime);
        var to = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(isFuture ? instant : reference, zone).DateTime);
        if (from == to)
        {
            return elapsed.TotalHours >= 1
                ? new CalendarSpan(TimeUnit.Hour, (int)elapsed.TotalHours, isFuture, SameDay: true)
                : new CalendarSpan(TimeUnit.Minute, (int)elapsed.TotalMinutes, isFuture, SameDay: true);
        }

        var days = to.DayNumber - from.DayNumber;
        if (days < 14)
        {
            return new CalendarSpan(TimeUnit.Day, days, isFuture, SameDay: false);
        }

        var months = WholeMonths(from, to);
        return months switch
        {
            < 1 => new CalendarSpan(TimeUnit.Week, days / 7, isFuture, SameDay: false),
            1 when to.DayNumber - from.AddMonths(1).DayNumber >= 14 => new CalendarSpan(TimeUnit.Week, days / 7, isFuture, SameDay: false),
            < 12 => new CalendarSpan(TimeUnit.Month, months, isFuture, SameDay: false),
            _ => new CalendarSpan(TimeUnit.Year, months / 12, isFuture, SameDay: false),
        };
    }

    /// <summary>Counts whole calendar months from one date to a later one (31 January to 28 February is one).</summary>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return from.AddMonths(months) > to ? months - 1 : months;
    }
}
