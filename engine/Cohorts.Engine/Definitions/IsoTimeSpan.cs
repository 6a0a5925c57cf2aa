using Cohorts.Engine.Time;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// <see cref="TimeSpan"/> settings in ISO 8601 (<c>PT30M</c>, <c>P1DT2H</c>; a leading <c>-</c> for negative spans).
/// Weeks and days count as 7 × 24 and 24 hours; years and months have no fixed length, so they are refused.
/// </summary>
internal static class IsoTimeSpan
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        var negative = text.StartsWith('-');
        if (!IsoDuration.TryParse(negative ? text[1..] : text, out var duration) || duration.Years != 0 || duration.Months != 0)
        {
            return false;
        }

        try
        {
            value = TimeSpan.FromDays((duration.Weeks * 7L) + duration.Days) + duration.Time;
        }
        catch (OverflowException)
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    public static string Format(TimeSpan value) =>
        value < TimeSpan.Zero ? "-" + IsoDuration.FromTime(value.Duration()).ToString() : IsoDuration.FromTime(value).ToString();
}
