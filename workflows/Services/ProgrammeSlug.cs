using System.Globalization;
using System.Text;

namespace Cohorts.Workflows.Services;

/// <summary>
/// A programme's id from its name: lower-case ASCII letters and digits joined by hyphens, accents dropped
/// (<c>Tournée de l'innovation</c> → <c>tournee-de-l-innovation</c>), at most <see cref="MaxLength"/> characters.
/// </summary>
public static class ProgrammeSlug
{
    /// <summary>The longest slug (a number is added after it to make it unique).</summary>
    public const int MaxLength = 60;

    /// <summary>Makes the slug of a name; <c>programme</c> when nothing of it is a letter or a digit.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "programme" : slug;
    }
}
