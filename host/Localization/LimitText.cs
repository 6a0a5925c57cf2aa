using System.Globalization;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Localization;

/// <summary>
/// Says a refusal for going past an input limit (<see cref="LimitMessages"/>) in the reader's language: the English
/// format is the key of its translation in the page's texts, its numbers are written the reader's way and its dates
/// as <see cref="HumanText"/> writes them ("1 January 2000", "1er janvier 2000": a numeric date reads differently on
/// either side of the Atlantic).
/// </summary>
public static class LimitText
{
    /// <summary>The message in the reader's language if it is a limit's, else null.</summary>
    public static string? TryLocalize(string message, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(text);
        if (!LimitMessages.TryParse(message, out var format, out var arguments))
        {
            return null;
        }

        object[] written = [.. arguments.Select(Write)];
        return text[format, written].Value;
    }

    /// <summary>The message in the reader's language if it is a limit's, else as it is.</summary>
    public static string Localize(string message, IStringLocalizer text) => TryLocalize(message, text) ?? message;

    private static string Write(string argument) =>
        decimal.TryParse(argument, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("N0", CultureInfo.CurrentCulture)
            : DateOnly.TryParseExact(argument, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new HumanText(CultureInfo.CurrentUICulture, TimeProvider.System).Date(date)
                : argument;
}
