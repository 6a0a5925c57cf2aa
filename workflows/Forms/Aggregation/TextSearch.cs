using System.Globalization;

namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>The search of texts answered: contains, ignoring case and accents ("ecole" finds "École").</summary>
public static class TextSearch
{
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth;

    /// <summary>Whether <paramref name="text"/> contains <paramref name="search"/> (an empty search matches everything).</summary>
    public static bool Matches(string text, string? search) =>
        string.IsNullOrEmpty(search) || CultureInfo.InvariantCulture.CompareInfo.IndexOf(text ?? string.Empty, search, Loose) >= 0;
}
