using System.Globalization;
using System.Text;

namespace Cohorts.Host.Reporting.Exports;

/// <summary>Export file names: the cohort's name as a slug, a part, the day (<c>les-batisseurs-kpis-2026-03-16.csv</c>).</summary>
public static class ExportFileName
{
    /// <summary>Builds a file name.</summary>
    public static string For(string cohortName, string? part, DateOnly day, string extension)
    {
        ArgumentNullException.ThrowIfNull(cohortName);
        var slug = Slug(cohortName);
        var name = string.IsNullOrEmpty(part) ? slug : $"{slug}-{part}";
        return string.Create(CultureInfo.InvariantCulture, $"{name}-{day:yyyy-MM-dd}.{extension}");
    }

    /// <summary>Lower-case ASCII letters and digits separated by single hyphens ("OpenLab Clermont — promotion 2025" gives "openlab-clermont-promotion-2025").</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "cohort" : result;
    }
}
