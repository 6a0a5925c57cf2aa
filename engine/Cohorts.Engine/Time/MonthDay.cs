using System.Globalization;

namespace Cohorts.Engine.Time;

/// <summary>
/// A day of the year without a year (<c>08-01</c>, <c>12-24</c>), for closures that recur every year. <c>02-29</c> is
/// allowed: it exists in leap years only.
/// </summary>
public readonly record struct MonthDay
{
    // Month lengths are checked against a leap year, so that 02-29 is a month-day.
    private const int LeapYear = 2000;

    /// <summary>Initializes a new instance of the <see cref="MonthDay"/> struct.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month, 1 to the month's length in a leap year.</param>
    public MonthDay(int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DateTime.DaysInMonth(LeapYear, month));
        Month = month;
        Day = day;
    }

    /// <summary>Gets the month, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>Gets the day of the month.</summary>
    public int Day { get; }

    /// <summary>Gets a number that orders month-days through the year (<c>Month × 100 + Day</c>).</summary>
    internal int Ordinal => (Month * 100) + Day;

    /// <summary>Gets the month-day of a date.</summary>
    public static MonthDay FromDate(DateOnly date) => new(date.Month, date.Day);

    /// <summary>Parses <c>MM-dd</c> (two digits each, as in ISO 8601's <c>--MM-dd</c> without the dashes).</summary>
    /// <exception cref="FormatException">The text is not a month-day.</exception>
    public static MonthDay Parse(string text) =>
        TryParse(text, out var monthDay) ? monthDay : throw new FormatException($"'{text}' is not a month-day such as \"08-01\".");

    /// <summary>Tries to parse <c>MM-dd</c>.</summary>
    public static bool TryParse(string? text, out MonthDay monthDay)
    {
        monthDay = default;
        if (text is not { Length: 5 } || text[2] != '-'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(LeapYear, month))
        {
            return false;
        }

        monthDay = new MonthDay(month, day);
        return true;
    }

    /// <summary>Gets a value indicating whether a date falls on this month-day.</summary>
    public bool Matches(DateOnly date) => date.Month == Month && date.Day == Day;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month:00}-{Day:00}");
}
