using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Cohorts.Engine.Time;

/// <summary>
/// An ISO 8601 duration (<c>P1Y2M3W4DT5H6M7.5S</c>). Years, months, weeks and days are calendar units applied in a
/// time zone's local time (a monthly 10:00 session stays at 10:00 across daylight saving); hours, minutes and seconds
/// are elapsed time.
/// </summary>
[JsonConverter(typeof(IsoDurationJsonConverter))]
public readonly partial record struct IsoDuration
{
    /// <summary>Initializes a new instance of the <see cref="IsoDuration"/> struct.</summary>
    public IsoDuration(int years = 0, int months = 0, int weeks = 0, int days = 0, TimeSpan time = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfLessThan(time, TimeSpan.Zero);
        Years = years;
        Months = months;
        Weeks = weeks;
        Days = days;
        Time = time;
    }

    /// <summary>Gets the zero duration.</summary>
    public static IsoDuration Zero => default;

    /// <summary>Gets the years.</summary>
    public int Years { get; }

    /// <summary>Gets the months.</summary>
    public int Months { get; }

    /// <summary>Gets the weeks.</summary>
    public int Weeks { get; }

    /// <summary>Gets the days.</summary>
    public int Days { get; }

    /// <summary>Gets the elapsed-time part (hours, minutes, seconds).</summary>
    public TimeSpan Time { get; }

    /// <summary>Gets a value indicating whether the duration is zero.</summary>
    public bool IsZero => this == default;

    /// <summary>Creates a duration of whole days.</summary>
    public static IsoDuration FromDays(int days) => new(days: days);

    /// <summary>Creates a duration of whole months.</summary>
    public static IsoDuration FromMonths(int months) => new(months: months);

    /// <summary>Creates a duration of elapsed time.</summary>
    public static IsoDuration FromTime(TimeSpan time) => new(time: time);

    /// <summary>Parses an ISO 8601 duration.</summary>
    /// <exception cref="FormatException">The text is not an ISO 8601 duration.</exception>
    public static IsoDuration Parse(string text) =>
        TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' is not an ISO 8601 duration such as P1M, P2W, P3D or PT4H30M.");

    /// <summary>Tries to parse an ISO 8601 duration.</summary>
    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success || text is "P" or "PT" || text.EndsWith('T'))
        {
            return false;
        }

        try
        {
            var seconds = match.Groups["s"].Success ? decimal.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0m;
            var time = new TimeSpan(Number("h"), Number("min"), 0) + TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
            duration = new IsoDuration(Number("y"), Number("mo"), Number("w"), Number("d"), time);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }

        int Number(string group) =>
            match.Groups[group].Success ? int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Multiplies every component by a factor (the n-th occurrence of a period).</summary>
    public IsoDuration Multiply(int factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(factor);
        return new IsoDuration(Years * factor, Months * factor, Weeks * factor, Days * factor, Time * factor);
    }

    /// <summary>Adds the duration to an instant: calendar units in the zone's local time, then elapsed time.</summary>
    public DateTimeOffset AddTo(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var result = instant;
        if (Years != 0 || Months != 0 || Weeks != 0 || Days != 0)
        {
            var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
            local = local.AddYears(Years).AddMonths(Months).AddDays((Weeks * 7) + Days);
            result = ZonedTime.ToInstant(local, zone);
        }

        return result + Time;
    }

    /// <summary>
    /// Subtracts the duration from an instant, undoing <see cref="AddTo"/> in reverse order: elapsed time first, then
    /// calendar units in the zone's local time (a month before 31 March is the last day of February).
    /// </summary>
    public DateTimeOffset SubtractFrom(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var result = instant - Time;
        if (Years != 0 || Months != 0 || Weeks != 0 || Days != 0)
        {
            var local = TimeZoneInfo.ConvertTime(result, zone).DateTime;
            local = local.AddYears(-Years).AddMonths(-Months).AddDays(-((Weeks * 7) + Days));
            result = ZonedTime.ToInstant(local, zone);
        }

        return result;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (IsZero)
        {
            return "PT0S";
        }

        var text = new StringBuilder("P");
        Append(Years, 'Y');
        Append(Months, 'M');
        Append(Weeks, 'W');
        Append(Days, 'D');
        if (Time > TimeSpan.Zero)
        {
            text.Append('T');
            Append((int)Time.TotalHours, 'H');
            Append(Time.Minutes, 'M');
            var seconds = Time.Seconds + (Time.Ticks % TimeSpan.TicksPerSecond / (decimal)TimeSpan.TicksPerSecond);
            if (seconds != 0)
            {
                text.Append(seconds.ToString("0.#######", CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return text.ToString();

        void Append(int value, char unit)
        {
            if (value != 0)
            {
                text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
            }
        }
    }

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<min>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
