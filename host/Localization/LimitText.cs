using System.Globalization;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Localization;

/// <summary>
/// Says a refusal in the reader's language. A refusal for going past an input limit (<see cref="LimitMessages"/>): the
/// English format is the key of its translation in the page's texts, its numbers are written the reader's way and its
/// dates as <see cref="HumanText"/> writes them ("1 January 2000", "1er janvier 2000": a numeric date reads differently
/// on either side of the Atlantic). <see cref="Localize"/> says any other message through the page's texts, which
/// fall back to the domain's (<see cref="DomainWords"/>); a page that has its own words for a field's problem uses
/// <see cref="TryLocalize"/> and says them.
/// </summary>
public static class LimitText
{
    /// <summary>The message in the reader's language if it is a limit's, else null (the page then says it its own way).</summary>
    public static string? TryLocalize(string message, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(text);
        if (!LimitMessages.TryParse(message, out var format, out var arguments))
        {
            return null;
        }

        object[] written = [.. arguments.Select(MessageArguments.Write)];
        return text[format, written].Value;
    }

    /// <summary>The message in the reader's language if it is a limit's or has a translation, else as it is.</summary>
    public static string Localize(string message, IStringLocalizer text) => TryLocalize(message, text) ?? text[message].Value;
}
