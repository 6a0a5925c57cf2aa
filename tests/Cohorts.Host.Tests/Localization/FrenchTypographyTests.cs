using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cohorts.Host.Localization;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Localization;

/// <summary>
/// French as a French reader expects it: every translation (the *.fr.resx of host and workflows) puts a non-breaking
/// space, never a plain one, before <c>: ; ! ? % €</c> and inside guillemets, and always the same one for the same
/// sign: a no-break space (U+00A0) before the colon and inside « », a narrow one (U+202F) before <c>; ! ?</c>; elides
/// with the typographic apostrophe (l’entreprise), never the straight one; and separates a number's thousands with a
/// narrow no-break space (2 000), never a plain one.
/// </summary>
public sealed partial class FrenchTypographyTests
{
    [Fact]
    public void FrenchResources_EveryValue_HasNoPlainSpaceBeforeHighPunctuation()
    {
        var files = FrenchResourceFiles();
        Assert.NotEmpty(files);
        List<string> wrong = [];
        foreach (var file in files)
        {
            foreach (var data in XDocument.Load(file).Root!.Elements("data"))
            {
                var value = data.Element("value")?.Value ?? string.Empty;
                if (PlainSpace().IsMatch(value))
                {
                    wrong.Add($"{Path.GetFileName(file)}: \"{data.Attribute("name")?.Value}\" → \"{value}\"");
                }
            }
        }

        Assert.True(wrong.Count == 0, "A plain space before a high punctuation sign:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void FrenchResources_EveryValue_HasASpaceBeforeHighPunctuation() =>
        AssertNoValueMatches(NoSpace(), "A high punctuation sign right after a letter (write U+00A0 or U+202F before it)");

    [Fact]
    public void FrenchResources_EveryValue_PutsANoBreakSpaceBeforeAColon() =>
        AssertNoValueMatches(NarrowSpaceBeforeColon(), "A narrow no-break space before a colon (write U+00A0, as before every other colon)");

    [Fact]
    public void FrenchResources_EveryValue_PutsANarrowNoBreakSpaceBeforeASemicolonOrAMark() =>
        AssertNoValueMatches(WideSpaceBeforeSemicolonOrMark(), "A no-break space before ; ! or ? (write U+202F, as before every other one)");

    [Fact]
    public void FrenchResources_EveryValue_PutsANarrowNoBreakSpaceBeforeAPercentSign() =>
        AssertNoValueMatches(WideSpaceBeforePercent(), "A no-break space before % (write U+202F, as HumanText writes a rate)");

    [Fact]
    public void FrenchResources_EveryValue_PutsANoBreakSpaceInsideGuillemets() =>
        AssertNoValueMatches(NarrowSpaceInsideGuillemets(), "A narrow no-break space inside « » (write U+00A0, as inside every other pair)");

    [Fact]
    public void FrenchResources_EveryValue_ElidesWithTheTypographicApostrophe() =>
        AssertNoValueMatches(StraightApostrophe(), "A straight apostrophe (write ’, U+2019)");

    [Fact]
    public void FrenchResources_EveryValue_SeparatesThousandsWithANarrowNoBreakSpace() =>
        AssertNoValueMatches(PlainThousandsSpace(), "A plain space between a number's thousands (write U+202F)");

    [Fact]
    public void StraightApostropheAndPlainThousandsSpace_Detect_WhatTheScansAreFor()
    {
        Assert.Matches(StraightApostrophe(), "le nom de l'entreprise");
        Assert.DoesNotMatch(StraightApostrophe(), "le nom de l\u2019entreprise");
        Assert.Matches(PlainThousandsSpace(), "au plus 2 000 caractères");
        Assert.Matches(PlainThousandsSpace(), "1\u202f000 000");
        Assert.DoesNotMatch(PlainThousandsSpace(), "au plus 2\u202f000 caractères, de 0 à 1\u202f000\u202f000, le 2 mai");
    }

    [Fact]
    public void PlainSpace_Detects_WhatTheScanIsFor()
    {
        Assert.Matches(NoSpace(), "ce que le site accepte:: suivez");
        Assert.Matches(NoSpace(), "Budget: 200\u00a0€");
        Assert.DoesNotMatch(NoSpace(), "Budget\u00a0: 200\u00a0€, voir https://example.fr, {\"en\": \"…\"}, {0:N0}");
        Assert.Matches(PlainSpace(), "Budget : 200 €");
        Assert.Matches(PlainSpace(), "« Revue »");
        Assert.DoesNotMatch(PlainSpace(), "Budget\u00a0: 200\u202f000\u00a0€\u00a0; non");
        Assert.DoesNotMatch(PlainSpace(), "«\u00a0Revue\u00a0»\u00a0!");
    }

    [Fact]
    public void SpaceKinds_Detect_AMixOfNoBreakSpaces()
    {
        Assert.Matches(NarrowSpaceBeforeColon(), "Entreprise\u00a0: Acme, promotion\u202f: 2026");
        Assert.DoesNotMatch(NarrowSpaceBeforeColon(), "Entreprise\u00a0: Acme, promotion\u00a0: 2026, {0:N0}");
        Assert.Matches(WideSpaceBeforeSemicolonOrMark(), "nom\u202f; secteur\u00a0; ville");
        Assert.Matches(WideSpaceBeforeSemicolonOrMark(), "Prêt\u00a0?");
        Assert.Matches(WideSpaceBeforeSemicolonOrMark(), "Merci\u00a0!");
        Assert.DoesNotMatch(WideSpaceBeforeSemicolonOrMark(), "nom\u202f; secteur\u202f; prêt\u202f? merci\u202f! Budget\u00a0: 200\u00a0€");
        Assert.Matches(NarrowSpaceInsideGuillemets(), "«\u202fRevue\u00a0»");
        Assert.Matches(NarrowSpaceInsideGuillemets(), "«\u00a0Revue\u202f»");
        Assert.DoesNotMatch(NarrowSpaceInsideGuillemets(), "«\u00a0Revue\u00a0»\u202f; 2\u202f000");
    }

    [Theory]
    [InlineData("Parcours de Atelier Numérique", "Parcours d’Atelier Numérique")]
    [InlineData("Historique de Innov'Tour 2026", "Historique d’Innov'Tour 2026")]
    [InlineData("plus que Étienne", "plus qu’Étienne")]
    [InlineData("De Atelier à Forges de Bagneux", "D’Atelier à Forges de Bagneux")]
    [InlineData("Parcours de la promotion de avril", "Parcours de la promotion de avril")]
    [InlineData("Tableau de bord de Hélène", "Tableau de bord de Hélène")]
    [InlineData("Avancement de Les bâtisseurs", "Avancement des bâtisseurs")]
    [InlineData("Événements collectifs de Le Village by CA", "Événements collectifs du Village by CA")]
    [InlineData("Lien envoyé à Les Forges et à Le Moulin", "Lien envoyé aux Forges et au Moulin")]
    [InlineData("De Les bâtisseurs à Lesquin, de Lesquin à La Ruche, de les autres", "Des bâtisseurs à Lesquin, de Lesquin à La Ruche, de les autres")]
    public void Elision_NameStartingWithAVowelOrAnArticle_IsElidedOrContracted(string filled, string expected) =>
        Assert.Equal(expected, Cohorts.Workflows.Text.FrenchElision.Apply(filled));

    [Theory]
    [InlineData("Programme «\u00a0OpenLab «\u00a0Exploration-Innovation\u00a0»\u00a0», promotion «\u00a0Clermont\u00a0».", "Programme «\u00a0OpenLab “Exploration-Innovation”\u00a0», promotion «\u00a0Clermont\u00a0».")]
    [InlineData("Le compte rendu de « Table ronde « Pour innover en PME » » (24 novembre)", "Le compte rendu de « Table ronde “Pour innover en PME” » (24 novembre)")]
    [InlineData("« a « b « c » d » e »", "« a “b “c” d” e »")]
    [InlineData("Programme «\u00a0OpenLab\u00a0», promotion «\u00a0Clermont\u00a0».", "Programme «\u00a0OpenLab\u00a0», promotion «\u00a0Clermont\u00a0».")]
    [InlineData("«\u00a0Atelier « Dupont\u00a0» (a lone guillemet in a name)", "«\u00a0Atelier « Dupont\u00a0» (a lone guillemet in a name)")]
    [InlineData("»\u00a0a «\u00a0b «\u00a0c\u00a0»", "»\u00a0a «\u00a0b «\u00a0c\u00a0»")]
    public void NestedQuotes_NameWithItsOwnGuillemets_TakesTheSecondLevelOfQuotes(string filled, string expected) =>
        Assert.Equal(expected, Cohorts.Workflows.Text.NestedQuotes.Apply(filled));

    [Fact]
    public void Localizer_FrenchTextQuotingANameWithGuillemets_NestsTheQuotes()
    {
        var localizer = PageText.For<PortalText>();

        var said = PageText.InCulture("fr-FR", () =>
            localizer["Programme “{0}”, cohort “{1}”.", "OpenLab « Exploration-Innovation »", "Clermont"].Value);

        Assert.Equal("Programme «\u00a0OpenLab “Exploration-Innovation”\u00a0», promotion «\u00a0Clermont\u00a0».", said);
    }

    private static void AssertNoValueMatches(Regex pattern, string what)
    {
        var files = FrenchResourceFiles();
        Assert.NotEmpty(files);
        var wrong = files
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data").Select(data => (file, data)))
            .Where(entry => pattern.IsMatch(entry.data.Element("value")?.Value ?? string.Empty))
            .Select(entry => $"{Path.GetFileName(entry.file)}: \"{entry.data.Attribute("name")?.Value}\" → \"{entry.data.Element("value")?.Value}\"")
            .ToList();
        Assert.True(wrong.Count == 0, what + ":\n" + string.Join("\n", wrong));
    }

    /// <summary>The French resources of host and workflows (their sources, not what a build left in bin or obj).</summary>
    private static string[] FrenchResourceFiles() =>
    [
        .. new[] { "host", "workflows" }
            .SelectMany(project => Directory.GetFiles(Path.Combine(Support.RepositoryFolder.Path, project), "*.fr.resx", SearchOption.AllDirectories))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(folder => folder is "bin" or "obj")),
    ];

    [GeneratedRegex("(?<=\\S) [:;!?%€»]|« ")]
    private static partial Regex PlainSpace();

    [GeneratedRegex("\u202F:")]
    private static partial Regex NarrowSpaceBeforeColon();

    [GeneratedRegex("\u00A0[;!?]")]
    private static partial Regex WideSpaceBeforeSemicolonOrMark();

    [GeneratedRegex("\u00A0%")]
    private static partial Regex WideSpaceBeforePercent();

    [GeneratedRegex("«\u202F|\u202F»")]
    private static partial Regex NarrowSpaceInsideGuillemets();

    [GeneratedRegex("\\p{L}[:;!?](?!//)")]
    private static partial Regex NoSpace();

    [GeneratedRegex("\\p{L}'\\p{L}")]
    private static partial Regex StraightApostrophe();

    [GeneratedRegex("\\d \\d{3}(?!\\d)")]
    private static partial Regex PlainThousandsSpace();
}
