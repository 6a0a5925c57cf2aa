using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cohorts.Host.Localization;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Services;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Tests.Localization;

/// <summary>
/// The domain's messages in French: every sentence the domain writes for a person (refusals, their fields' problems)
/// has its French text in DomainText.fr.resx, by its English text or the composite format it is written from; and a
/// page's localizer says them in French, their values written the French way.
/// </summary>
public sealed partial class DomainTextTests
{
    // Sentences that no person reads: faults of a workflow (activities), internal errors, the templates' own French.
    private static readonly string[] NotForPeople = ["Activities", "Templates", "Text", "Persistence", "bin", "obj"];

    private static readonly string[] NotForPeopleFiles =
    [
        "SimulationCommand.cs", "SimulationIndexes.cs", "FormVersion.cs", "EnumNames.cs", "ProgressSnapshot.cs", "ProgressCalculator.cs",
        "DomainRuleException.cs", "Problems.cs", "KpiTargets.cs",
    ];

    [Fact]
    public void EverySentenceOfTheDomain_HasItsFrenchText()
    {
        var keys = FrenchKeys();
        var missing = DomainSentences()
            .Where(s => !keys.Contains(s.Text) && !LimitMessages.Formats.Contains(s.Text))
            .Select(s => $"{s.Where}: {s.Text}")
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} sentences of the domain have no French in DomainText.fr.resx:\n" + string.Join('\n', missing));
        Assert.True(keys.Count > 200, $"only {keys.Count} French texts");
    }

    [Fact]
    public void DomainSentences_ReadsInterpolatedLiteralsAsTheirFormat()
    {
        var sentences = DomainSentences().Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("{0} is at capacity ({1} of {2} companies).", sentences);
        Assert.Contains("The cohort's name is required.", sentences); // Problems.Required's sentence
        Assert.Contains("A label is given in English and French: {\"en\": …, \"fr\": …}.", sentences);
        Assert.Contains("Version {0} has no activity '{1}'.", sentences); // a journey migration's refusal
        Assert.DoesNotContain(sentences, s => s.Contains("run AssignCoach", StringComparison.Ordinal)); // a workflow's fault
    }

    [Fact]
    public void FrenchKeys_AreTheResourceFilesKeys() =>
        Assert.Equal(FrenchKeys().Order(StringComparer.Ordinal), DomainWords.FrenchKeys().Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Karim Benali is at capacity (6 of 6 companies).", "Karim Benali a atteint sa capacité (6 entreprises sur 6).")]
    [InlineData("The cohort's name is required.", "Le nom de la promotion est obligatoire.")]
    [InlineData("A cohort ends after it starts: 2027-01-01 is not after 2027-03-01.", "Une promotion se termine après son début\u00a0: le 1er\u00a0janvier\u00a02027 n’est pas après le 1er\u00a0mars\u00a02027.")]
    [InlineData("This form was answered on 2024-11-20T17:00:00+00:00; answers could be changed until 2024-12-20T17:00:00+00:00.", "Ce formulaire a été rempli le 20\u00a0novembre\u00a02024\u202f; les réponses étaient modifiables jusqu’au 20\u00a0décembre\u00a02024.")]
    [InlineData("Cohort 'Atelier 2027' has a company named 'Les Forges' already.", "La promotion «\u00a0Atelier 2027\u00a0» compte déjà une entreprise nommée «\u00a0Les Forges\u00a0».")]
    public void PageLocalizer_InFrench_SaysTheDomainsMessageInFrench(string english, string french)
    {
        var said = InCulture("fr-FR", () => PageLocalizer()[english]);
        Assert.False(said.ResourceNotFound);
        Assert.Equal(french, said.Value);
        Assert.Equal(french, InCulture("fr-FR", () => LimitText.Localize(english, PageLocalizer())));
        Assert.Null(InCulture("fr-FR", () => LimitText.TryLocalize(english, PageLocalizer()))); // a page's own words for a field come first
    }

    [Fact]
    public void PageLocalizer_InEnglishOrForAnUnknownMessage_LeavesItAsItIs()
    {
        const string English = "Karim Benali is at capacity (6 of 6 companies).";
        var said = InCulture("en-GB", () => PageLocalizer()[English]);
        Assert.True(said.ResourceNotFound);
        Assert.Equal(English, said.Value);
        Assert.Equal("Something nobody wrote.", InCulture("fr-FR", () => LimitText.Localize("Something nobody wrote.", PageLocalizer())));
        Assert.Equal("Something nobody wrote.", InCulture("fr-FR", () => PageLocalizer()["Something nobody wrote."].Value));
    }

    [Fact]
    public void PageLocalizer_InEnglish_WritesTheDatesOfADomainsMessageAsAPersonReadsThem()
    {
        var said = InCulture("en-GB", () => PageLocalizer()["This form was answered on 2024-11-20T17:00:00+00:00; its answers can no longer be changed."]);
        Assert.Equal("This form was answered on 20 November 2024; its answers can no longer be changed.", said.Value);

        // Its numbers stay as the domain wrote them: a version, a year, a count.
        const string Numbers = "Cohort 'Atelier 2027' has 100 coaches already, the most a cohort may.";
        Assert.Equal(Numbers, InCulture("en-GB", () => PageLocalizer()[Numbers].Value));
    }

    [Fact]
    public void PageLocalizer_ItsOwnTextsFirst()
    {
        // The page's own translation of a text wins over the domain's.
        Assert.Equal("Indiquez pourquoi.", InCulture("fr-FR", () => PageLocalizer()["Say why."].Value));
    }

    private static IStringLocalizer PageLocalizer() => PageText.For<ChangesText>();

    private static T InCulture<T>(string culture, Func<T> read) => PageText.InCulture(culture, read);

    private static HashSet<string> FrenchKeys() =>
        XDocument.Load(Path.Combine(RepositoryFolder.Path, "host", "Resources", "Localization", "DomainText.fr.resx")).Root!
            .Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Every sentence-like string literal of workflows/, of the engine's journey migrations and of the host's (the
    /// pages show their refusals too), an interpolated one as its format (holes become {0}, {1}…), with where it is.
    /// </summary>
    private static IEnumerable<(string Text, string Where)> DomainSentences()
    {
        var root = RepositoryFolder.Path;
        var workflows = Path.Combine(root, "workflows");
        var files = Directory.EnumerateFiles(workflows, "*.cs", SearchOption.AllDirectories)
            .Where(f => !NotForPeople.Contains(Path.GetRelativePath(workflows, f).Split(Path.DirectorySeparatorChar)[0]) && !NotForPeopleFiles.Contains(Path.GetFileName(f)))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "engine", "Cohorts.Engine", "InstanceMigration"), "*.cs"))
            .Append(Path.Combine(root, "host", "Manage", "JourneyMigrations.cs"));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file);

            var source = File.ReadAllText(file);
            foreach (Match required in RequiredCall().Matches(source))
            {
                yield return (required.Groups[1].Value + " is required.", relative);
            }

            for (var at = source.IndexOf('"', StringComparison.Ordinal); at >= 0; at = source.IndexOf('"', at + 1))
            {
                var start = at;
                while (start > 0 && source[start - 1] is '$' or '@')
                {
                    start--;
                }

                if (LiteralAt(source, start, out var text, out var end))
                {
                    if (Sentence().IsMatch(text) && !Signature().IsMatch(text) && !AnotherException(source, start))
                    {
                        yield return (text, relative);
                    }

                    at = end - 1;
                }
            }
        }
    }

    // A literal given to an exception other than the domain's (an internal error: no person reads it).
    private static bool AnotherException(string source, int at)
    {
        var before = source[Math.Max(0, at - 80)..at];
        var call = before.LastIndexOf("Exception(", StringComparison.Ordinal);
        return call >= 0 && !before.Contains("DomainRuleException(", StringComparison.Ordinal) && !before[call..].Contains(';', StringComparison.Ordinal);
    }

    private static bool LiteralAt(string source, int start, out string text, out int end)
    {
        var (interpolated, verbatim, at) = (false, false, start);
        for (; source[at] != '"'; at++)
        {
            interpolated |= source[at] == '$';
            verbatim |= source[at] == '@';
        }

        (text, end) = (string.Empty, at + 1);
        if (source.AsSpan(at).StartsWith("\"\"\"") || (at > 0 && source[at - 1] == '\''))
        {
            return false;
        }

        var written = new StringBuilder();
        var hole = 0;
        for (at++; at < source.Length; at++)
        {
            var c = source[at];
            if (c == '\\' && !verbatim)
            {
                written.Append(source[++at] switch { 'n' => '\n', 't' => '\t', var e => e });
            }
            else if (c == '"' && verbatim && at + 1 < source.Length && source[at + 1] == '"')
            {
                written.Append('"');
                at++;
            }
            else if (c == '"')
            {
                (text, end) = (written.ToString(), at + 1);
                return true;
            }
            else if (interpolated && c == '{' && source[at + 1] == '{')
            {
                written.Append("{{");
                at++;
            }
            else if (interpolated && c == '}' && source[at + 1] == '}')
            {
                written.Append("}}");
                at++;
            }
            else if (interpolated && c == '{')
            {
                at = HoleEnd(source, at + 1);
                written.Append(CultureInfo.InvariantCulture, $"{{{hole++}}}");
            }
            else if (c == '\n' && !verbatim)
            {
                return false;
            }
            else
            {
                written.Append(c);
            }
        }

        return false;
    }

    private static int HoleEnd(string source, int at)
    {
        for (var depth = 0; ; at++)
        {
            switch (source[at])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case '"' or '\'':
                    var quote = source[at];
                    for (at++; source[at] != quote; at++)
                    {
                        at += source[at] == '\\' ? 1 : 0;
                    }

                    break;
                case '}' when depth == 0:
                    return at;
            }
        }
    }

    [GeneratedRegex("^[A-Z'“{(«‘][^\\n]* [^\\n]*[.?!)]$")]
    private static partial Regex Sentence();

    [GeneratedRegex("^[A-Z]\\w*(\\{[^}]*\\})?\\(")]
    private static partial Regex Signature(); // a member named in a documentation comment: AddAsync(Guid, CancellationToken)

    [GeneratedRegex("\\.Required\\([^;]*?,\\s*\"([^\"]+)\"\\)")]
    private static partial Regex RequiredCall();
}
