using System.Globalization;
using System.Text;

namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>The search of texts answered: contains, ignoring case and accents ("ecole" finds "École").</summary>
public static class TextSearch
{
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth;

    /// <summary>Whether <paramref name="text"/> contains <paramref name="search"/> (an empty search matches everything).</summary>
    public static bool Matches(string text, string? search)
    {
        if (string.IsNullOrEmpty(search))
        {
            return true;
        }

        text ??= string.Empty;

        // ASCII on both sides: an ordinal case-insensitive search is the same answer, and much faster than ICU's.
        return Ascii.IsValid(text) && Ascii.IsValid(search)
            ? text.Contains(search, StringComparison.OrdinalIgnoreCase)
            : CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, search, Loose) >= 0;
    }
}
