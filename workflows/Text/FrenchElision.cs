using System.Text.RegularExpressions;

namespace Cohorts.Workflows.Text;

/// <summary>
/// Elides "de" and "que" before a name that starts with a vowel once a French text is filled in: "Parcours de {0}"
/// with Atelier Numérique reads "Parcours d’Atelier Numérique", "plus que Innov'Tour" reads "plus qu’Innov'Tour", with the
/// typographic apostrophe (’) of the French texts. Only
/// before a capital vowel (a name inserted in the text), so the translations' own words are left as written. A name
/// that starts with the article "Le" or "Les" contracts with "de" and "à" before it, as a title does ("l’auteur des
/// Misérables"): "Avancement de {0}" with Les bâtisseurs reads "Avancement des bâtisseurs", "au Village" for "à Le
/// Village"; the article is recognised by its capital, which the translations' own articles do not have.
/// </summary>
public static partial class FrenchElision
{
    /// <summary>Applies the elisions to a filled-in French text.</summary>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var contracted = To().Replace(Of().Replace(text, Contract), Contract);
        return Que().Replace(De().Replace(contracted, "$1’"), "$1u’");
    }

    // de Les → des, de Le → du, à Les → aux, à Le → au (capitals kept: De Les → Des, À Le → Au).
    private static string Contract(Match match)
    {
        var preposition = match.Groups["p"].Value;
        var plural = match.Groups["article"].Value == "Les";
        var contracted = preposition is "d" or "D"
            ? (plural ? "es" : "u")
            : (plural ? "ux" : "u");
        var first = preposition switch { "d" => "d", "D" => "D", "à" => "a", _ => "A" };
        return first + contracted + " ";
    }

    [GeneratedRegex(@"(?<![\p{L}'’])(?<p>[dD])e (?<article>Les|Le) (?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Of();

    [GeneratedRegex(@"(?<![\p{L}'’])(?<p>[àÀ]) (?<article>Les|Le) (?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex To();

    [GeneratedRegex(@"(?<![\p{L}'’])([dD])e (?=[AEIOUYÀÂÉÈÊËÎÏÔÛÙ])", RegexOptions.CultureInvariant)]
    private static partial Regex De();

    [GeneratedRegex(@"(?<![\p{L}'’])([qQ])ue (?=[AEIOUYÀÂÉÈÊËÎÏÔÛÙ])", RegexOptions.CultureInvariant)]
    private static partial Regex Que();
}
