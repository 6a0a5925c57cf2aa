using System.Globalization;
using System.Text.RegularExpressions;

namespace Cohorts.Host.Web;

/// <summary>
/// A number typed on a page or a form, in English or in French: "1200.50", "1 200,50", "2 500" (any kind of space
/// between the thousands: a plain one, a no-break one), "1,200.50" (commas between the thousands when a point marks the
/// decimals), "0,5" (a lone comma marks the decimals). On a page in English, commas that group the digits by three and
/// nothing else ("200,000", "1,000") are the thousands' separators, as the page itself writes its figures: read as a
/// decimal comma, "200,000" was a budget of 200. In French, "1,500" is one and a half, as a French reader means it.
/// One rule for every field that takes a number, so that a figure accepted on one page is accepted on the others.
/// </summary>
internal static partial class TypedNumbers
{
    /// <summary>The number typed, or null when <paramref name="text"/> is not one.</summary>
    public static decimal? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var plain = new string([.. text.Where(c => !char.IsWhiteSpace(c))]);
        plain = plain.Contains('.', StringComparison.Ordinal) || (ThousandsGrouped().IsMatch(plain) && !CommaIsDecimal())
            ? plain.Replace(",", string.Empty, StringComparison.Ordinal)
            : plain.Replace(',', '.');
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    /// <summary>The whole number typed, or null when <paramref name="text"/> is not one (or too large for an <see cref="int"/>).</summary>
    public static int? ReadWhole(string? text) =>
        Read(text) is { } number && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;

    // The language of the page being read (the request's culture): only English groups its thousands with commas.
    private static bool CommaIsDecimal() => CultureInfo.CurrentCulture.TwoLetterISOLanguageName != "en";

    [GeneratedRegex(@"^[-+]?[1-9]\d{0,2}(,\d{3})+$")]
    private static partial Regex ThousandsGrouped();
}
