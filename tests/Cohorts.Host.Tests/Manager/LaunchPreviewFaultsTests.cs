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

        var form = LaunchPlan.Form("Promotion à vérifier", funder: LaunchPlan.Funder);

        using var english = await Forms.PostAsync(client, $"{Launch}?handler=Preview&culture=en", token, form);
        using var french = await Forms.PostAsync(client, $"{Launch}?handler=Preview&culture=fr", token, form);

        var englishHtml = WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync());
        var frenchHtml = WebUtility.HtmlDecode(await french.Content.ReadAsStringAsync());
        Assert.Contains("id=\"preview-faults\"", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Journeys that would stop on an error: 2 of 2. Correct the programme's journey before launching.", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Parcours qui s’arrêteraient sur une erreur\u00a0: 2 sur 2. Corrigez le parcours du programme avant de lancer la promotion.", frenchHtml, StringComparison.Ordinal);

        // The two journeys stopped at one step with one message: one line, in words, without the engine's ids.
        var englishLines = FaultLines(englishHtml);
        var line = Assert.Single(englishLines);
        Assert.Equal("Stop on an error graduate · a company's journey · 2 journeys Published by mistake", line);
        Assert.Equal("Arrêt sur une erreur graduate · le parcours d’une entreprise · 2\u00a0parcours Published by mistake", Assert.Single(FaultLines(frenchHtml)));
        Assert.DoesNotMatch(Guid(), FaultSection(englishHtml));
        Assert.DoesNotContain("(Fail)", FaultSection(englishHtml), StringComparison.Ordinal);
        Assert.DoesNotContain("boost-innovation-company", FaultSection(englishHtml), StringComparison.Ordinal);

        // The API says the same: where and why, once for both journeys.
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var completion = (await manager.PostJsonAsync("/api/programmes/boost-innovation/simulations", new { startDate = "2026-09-01", companies = 2, coaches = 1 }, HttpStatusCode.OK)).GetProperty("completion");
        Assert.Equal(2, completion.GetProperty("faulted").GetInt32());
        var fault = Assert.Single(completion.GetProperty("faults").EnumerateArray());
        Assert.Equal("{\"journey\":\"Company\",\"stepId\":\"graduate\",\"stepType\":\"Fail\",\"message\":\"Published by mistake\",\"journeys\":2}", fault.GetRawText());
    }

    [Fact]
    public async Task Preview_TheDemosJourney_HasNoFaultSection()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, "/manage/programmes/openlab-exploration-innovation/launch");

        using var response = await Forms.PostAsync(client, "/manage/programmes/openlab-exploration-innovation/launch?handler=Preview", token, LaunchPlan.Form("Promotion sans erreur", LaunchPlan.OneCompany));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"preview\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("preview-faults", html, StringComparison.Ordinal);
    }

    private static string FaultSection(string html) => Section().Match(html) is { Success: true } match ? match.Value : string.Empty;

    private static List<string> FaultLines(string html) =>
        [.. Item().Matches(FaultSection(html)).Select(m => Space().Replace(Tag().Replace(m.Groups[1].Value, " "), " ").Trim())];

    [GeneratedRegex("<textarea[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextArea();

    [GeneratedRegex("<div class=\"errors\" role=\"alert\" id=\"preview-faults\">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex Item();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("[ \\t\\r\\n]+")]
    private static partial Regex Space();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-")]
    private static partial Regex Guid();
}
