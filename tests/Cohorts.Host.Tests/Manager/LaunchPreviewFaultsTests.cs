using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>
/// A published journey that stops on an error (only its syntax is checked when it is published): the launch page's
/// preview says which journeys would stop, and why, instead of an empty calendar with no conflict.
/// </summary>
public sealed partial class LaunchPreviewFaultsTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const string Launch = "/manage/programmes/boost-innovation/launch";
    private const string Editor = "/manage/programmes/boost-innovation/definitions/boost-innovation-company";

    [Fact]
    public async Task Preview_AJourneyThatStopsOnAnError_SaysSoInEnglishAndFrench()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Editor);
        var document = JsonNode.Parse(WebUtility.HtmlDecode(TextArea().Match(await client.GetStringAsync(Editor)).Groups[1].Value))!;
        document["root"]!["activities"]![2]!["then"]!["activities"]![3] = new JsonObject { ["type"] = "Fail", ["id"] = "graduate", ["message"] = "Published by mistake" };
        using (var published = await Forms.PostAsync(client, $"{Editor}?handler=Publish", token, new Dictionary<string, string> { ["Document"] = document.ToJsonString() }))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var form = new Dictionary<string, string>
        {
            ["Form.Name"] = "Promotion à vérifier",
            ["Form.StartDate"] = "2026-09-01",
            ["Form.EndDate"] = "",
            ["Form.Companies"] = "Atelier Neuf; crafts; 4; Sèvres; contact@atelier-neuf.example; marketing\nBrasserie Nouvelle; food; 9; Vanves; contact@brasserie.example; export",
            ["Form.Coaches"] = "Anne Petit; anne.petit@example.fr; 5; marketing, export",
            ["Form.Funder"] = "Département des Hauts-de-Seine; finance@hauts-de-seine.example; 50%",
        };

        using var english = await Forms.PostAsync(client, $"{Launch}?handler=Preview&culture=en", token, form);
        using var french = await Forms.PostAsync(client, $"{Launch}?handler=Preview&culture=fr", token, form);

        var englishHtml = WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync());
        var frenchHtml = WebUtility.HtmlDecode(await french.Content.ReadAsStringAsync());
        Assert.Contains("id=\"preview-faults\"", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Journeys that would stop on an error: 2 of 2. Correct the programme's journey before launching.", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Published by mistake", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Parcours qui s’arrêteraient sur une erreur\u00a0: 2 sur 2. Corrigez le parcours du programme avant de lancer la promotion.", frenchHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_TheDemosJourney_HasNoFaultSection()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, "/manage/programmes/openlab-exploration-innovation/launch");

        using var response = await Forms.PostAsync(client, "/manage/programmes/openlab-exploration-innovation/launch?handler=Preview", token, new Dictionary<string, string>
        {
            ["Form.Name"] = "Promotion sans erreur",
            ["Form.StartDate"] = "2026-09-01",
            ["Form.EndDate"] = "",
            ["Form.Companies"] = "Atelier Neuf; crafts; 4; Sèvres; contact@atelier-neuf.example; marketing",
            ["Form.Coaches"] = "Anne Petit; anne.petit@example.fr; 5; marketing, export",
            ["Form.Funder"] = "",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"preview\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("preview-faults", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<textarea[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextArea();
}
