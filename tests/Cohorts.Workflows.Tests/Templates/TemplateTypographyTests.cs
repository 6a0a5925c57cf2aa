using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Templates;

namespace Cohorts.Workflows.Tests.Templates;

/// <summary>
/// The built-in programmes' French texts elide with the typographic apostrophe (l’innovation), as the French pages
/// and the articles they were taken from do: names, descriptions, titles, labels, criteria, organisations. English
/// texts and the JavaScript of definitions (<c>screening === 'accepted'</c>) keep the straight one.
/// </summary>
public sealed partial class TemplateTypographyTests
{
    // Properties whose value is English, or an expression whose quotes are JavaScript syntax.
    private static readonly HashSet<string> NotFrench = new(StringComparer.Ordinal) { "en", "condition", "at", "every", "offset", "count", "key", "id" };

    [Fact]
    public void Templates_EveryFrenchText_ElidesWithTheTypographicApostrophe()
    {
        List<string> wrong = [];
        foreach (var template in ProgrammeTemplates.List())
        {
            void Check(string where, string? text)
            {
                if (text is not null && StraightApostrophe().IsMatch(text))
                {
                    wrong.Add($"{template.Id} {where}: \"{text}\"");
                }
            }

            Check("name", template.Programme.Name);
            Check("description", template.Description.French);
            Check("organiser", template.Organiser);
            Check("source", template.Source);
            foreach (var organisation in template.Organisations)
            {
                Check("organisation", organisation.Name);
            }

            string?[] documents = [template.CompanyWorkflowJson, template.CohortWorkflowJson, .. template.FormsJson];
            foreach (var json in documents.OfType<string>())
            {
                foreach (var (path, text) in Texts(JsonNode.Parse(json), "$"))
                {
                    Check(path, text);
                }
            }
        }

        Assert.True(wrong.Count == 0, "A straight apostrophe in a template's French text (write ’, U+2019):\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("semaine-de-l-innovation")]
    [InlineData("tournee-de-l-innovation")]
    public void Templates_NameWithTheTypographicApostrophe_SlugsToTheTemplatesId(string id) =>
        Assert.Equal(id, ProgrammeSlug.Of(ProgrammeTemplates.Get(id).Programme.Name));

    [Fact]
    public void Templates_JavaScriptAndEnglish_KeepTheStraightApostrophe()
    {
        var boost = ProgrammeTemplates.Get("boost-innovation");
        Assert.Contains("\"screening === 'accepted'\"", boost.CompanyWorkflowJson, StringComparison.Ordinal);
        Assert.StartsWith("Open H'Innov's coaching programme", boost.Description.English, StringComparison.Ordinal);
        Assert.StartsWith("Programme d’accompagnement d’Open H’Innov", boost.Description.French, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Path, string Text)> Texts(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.Where(p => !NotFrench.Contains(p.Key)).SelectMany(p => Texts(p.Value, $"{path}.{p.Key}")),
        JsonArray a => a.SelectMany((item, i) => Texts(item, $"{path}[{i}]")),
        JsonValue v when v.TryGetValue<string>(out var text) => [(path, text)],
        _ => [],
    };

    [GeneratedRegex(@"\p{L}'(\p{L}|«)|Innov'")]
    private static partial Regex StraightApostrophe();
}
