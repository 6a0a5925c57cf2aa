using System.Text.RegularExpressions;

namespace Cohorts.Workflows.Text;

/// <summary>
/// Elides "de" and "que" before a name that starts with a vowel once a French text is filled in: "Parcours de {0}"
/// with Atelier Numérique reads "Parcours d’Atelier Numérique", "plus que Innov'Tour" reads "plus qu’Innov'Tour", with the
/// typographic apostrophe (’) of the French texts. Only
/// before a capital vowel (a name inserted in the text), so the translations' own words are left as written.
/// </summary>
public static partial class FrenchElision
{
    /// <summary>Applies the elisions to a filled-in French text.</summary>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Que().Replace(De().Replace(text, "$1’"), "$1u’");
    }

    [GeneratedRegex(@"(?<![\p{L}'’])([dD])e (?=[AEIOUYÀÂÉÈÊËÎÏÔÛÙ])", RegexOptions.CultureInvariant)]
    private static partial Regex De();

    [GeneratedRegex(@"(?<![\p{L}'’])([qQ])ue (?=[AEIOUYÀÂÉÈÊËÎÏÔÛÙ])", RegexOptions.CultureInvariant)]
    private static partial Regex Que();
}
