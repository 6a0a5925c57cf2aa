using System.Globalization;
using Cohorts.Workflows.Text;

namespace Cohorts.Host.Localization;

/// <summary>
/// Writes a value read back from an English message the reader's way: a number with the culture's separators, a date
/// (<c>2027-04-14</c>) or an instant (<c>2024-11-20T17:00:00+00:00</c>) as <see cref="HumanText"/> writes a date
/// ("14 April 2027", "14 avril 2027"); anything else as it is.
/// </summary>
internal static class MessageArguments
{
    /// <summary>The value in the reader's culture.</summary>
    public static string Write(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (decimal.TryParse(argument, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString("N0", CultureInfo.CurrentCulture);
        }

        return WriteDate(argument) ?? argument;
    }

    /// <summary>A date (<c>2027-04-14</c>) or an instant (<c>2024-11-20T17:00:00+00:00</c>) in the reader's words, else null.</summary>
    public static string? WriteDate(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (DateOnly.TryParseExact(argument, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Human().Date(date);
        }

        return DateTimeOffset.TryParseExact(argument, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? Human().Date(DateOnly.FromDateTime(instant.DateTime))
            : null;
    }

    private static HumanText Human() => new(CultureInfo.CurrentUICulture, TimeProvider.System);
}
