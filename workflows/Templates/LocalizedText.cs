using System.Globalization;

namespace Cohorts.Workflows.Templates;

/// <summary>A text in French (as the programme's own material words it) and in English.</summary>
/// <param name="French">The French text.</param>
/// <param name="English">The English text.</param>
public sealed record LocalizedText(string French, string English)
{
    /// <summary>Gets the text for a culture: French for French, English otherwise.</summary>
    public string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "fr" ? French : English;
    }
}
