using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Cohorts.Host.Tests.Localization;

/// <summary>
/// French as a French reader expects it: every translation in host/Resources puts a non-breaking space (U+00A0 or
/// U+202F), never a plain one, before <c>: ; ! ? % €</c> and inside guillemets.
/// </summary>
public sealed partial class FrenchTypographyTests
{
    [Fact]
    public void FrenchResources_EveryValue_HasNoPlainSpaceBeforeHighPunctuation()
    {
        var files = Directory.GetFiles(ResourcesFolder(), "*.fr.resx", SearchOption.AllDirectories);
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
    public void PlainSpace_Detects_WhatTheScanIsFor()
    {
        Assert.Matches(PlainSpace(), "Budget : 200 €");
        Assert.Matches(PlainSpace(), "« Revue »");
        Assert.DoesNotMatch(PlainSpace(), "Budget\u00a0: 200\u202f000\u00a0€\u00a0; non");
        Assert.DoesNotMatch(PlainSpace(), "«\u00a0Revue\u00a0»\u00a0!");
    }

    [Theory]
    [InlineData("Parcours de Atelier Numérique", "Parcours d'Atelier Numérique")]
    [InlineData("Historique de Innov'Tour 2026", "Historique d'Innov'Tour 2026")]
    [InlineData("plus que Étienne", "plus qu'Étienne")]
    [InlineData("De Atelier à Forges de Bagneux", "D'Atelier à Forges de Bagneux")]
    [InlineData("Parcours de la promotion de avril", "Parcours de la promotion de avril")]
    [InlineData("Tableau de bord de Hélène", "Tableau de bord de Hélène")]
    public void Elision_NameStartingWithAVowel_IsElided(string filled, string expected) =>
        Assert.Equal(expected, Cohorts.Workflows.Text.FrenchElision.Apply(filled));

    private static string ResourcesFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Cohorts.sln")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        return Path.Combine(folder.FullName, "host", "Resources");
    }

    [GeneratedRegex("(?<=\\S) [:;!?%€»]|« ")]
    private static partial Regex PlainSpace();
}
