using System.Net;
using System.Text.RegularExpressions;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>The definition pages without JavaScript: problems at their lines next to the field, a draft previewed, the history, the instance diagram.</summary>
public sealed partial class DefinitionPageTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const string Editor = "/manage/programmes/boost-innovation/definitions/boost-innovation-company";

    [Fact]
    public async Task Validate_DraftWithAnError_ShowsItsLineNextToTheFieldAndKeepsTheText()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Editor);
        var broken = WebUtility.HtmlDecode(TextArea().Match(await client.GetStringAsync(Editor)).Groups[1].Value)
            .Replace("\"count\": 12", "\"count\": \"twelve\"", StringComparison.Ordinal);
        var line = broken.Split('\n').Select((text, i) => (text, i)).First(l => l.text.Contains("\"twelve\"", StringComparison.Ordinal)).i + 1;

        using var response = await Forms.PostAsync(client, $"{Editor}?handler=Validate", token, new Dictionary<string, string> { ["Document"] = broken });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"line {line} — <code>$.root.activities[2].then.activities[1].branches[0].count</code>", html, StringComparison.Ordinal);
        Assert.Contains("\"twelve\"", TextArea().Match(html).Groups[1].Value, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"server-problems\"", StringComparison.Ordinal) < html.IndexOf("<textarea", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Validate")]
    [InlineData("Preview")]
    [InlineData("Publish")]
    public async Task AnyHandler_EmptiedDocument_ShowsItsProblemsNotAnErrorPage(string handler)
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Editor);
        var versions = await client.GetStringAsync($"/api/programmes/boost-innovation/definitions/boost-innovation-company/history");

        using var response = await Forms.PostAsync(client, $"{Editor}?handler={handler}", token, new Dictionary<string, string> { ["Document"] = string.Empty });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"server-problems\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(versions, await client.GetStringAsync($"/api/programmes/boost-innovation/definitions/boost-innovation-company/history"));
    }

    [Fact]
    public async Task Preview_ChangedDraft_ShowsTheDraftsCohortWithoutPublishing()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Editor);
        var draft = WebUtility.HtmlDecode(TextArea().Match(await client.GetStringAsync(Editor)).Groups[1].Value)
            .Replace("\"count\": 12", "\"count\": 2", StringComparison.Ordinal);

        using var response = await Forms.PostAsync(client, $"{Editor}?handler=Preview&culture=fr", token, new Dictionary<string, string>
        {
            ["Document"] = draft,
            ["PreviewStart"] = "2026-09-01",
            ["PreviewCompanies"] = "2",
            ["PreviewCoaches"] = "1",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"draft-preview\"", html, StringComparison.Ordinal);
        Assert.Contains("4\u00a0séances", html, StringComparison.Ordinal);
        Assert.Contains("\"count\": 2", TextArea().Match(html).Groups[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("Version 2", await client.GetStringAsync(Editor), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_DraftThatFails_SaysWhichJourneysWouldStop()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Editor);
        var document = System.Text.Json.Nodes.JsonNode.Parse(WebUtility.HtmlDecode(TextArea().Match(await client.GetStringAsync(Editor)).Groups[1].Value))!;
        document["root"]!["activities"]![2]!["then"]!["activities"]![3] = new System.Text.Json.Nodes.JsonObject { ["type"] = "Fail", ["id"] = "graduate", ["message"] = "Draft stops here" };
        var draft = document.ToJsonString();

        using var response = await Forms.PostAsync(client, $"{Editor}?handler=Preview", token, new Dictionary<string, string>
        {
            ["Document"] = draft,
            ["PreviewStart"] = "2026-09-01",
            ["PreviewCompanies"] = "2",
            ["PreviewCoaches"] = "1",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"draft-faults\"", html, StringComparison.Ordinal);
        Assert.Contains("Journeys that would stop on an error with this draft: 2 of 2.", html, StringComparison.Ordinal);
        Assert.Contains("Draft stops here", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryAndTimeline_French_ShowTheVersionsAndTheDiagram()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var instance = ids.Rows.First().GetProperty("instanceId").GetGuid();

        var history = WebUtility.HtmlDecode(await client.GetStringAsync($"{Editor}/history?culture=fr"));
        var timeline = WebUtility.HtmlDecode(await client.GetStringAsync($"/manage/instances/{instance}?culture=fr"));

        Assert.Contains("<h1>Historique de Boost Innovation", history, StringComparison.Ordinal);
        Assert.DoesNotContain("Historique de boost-innovation-company", history, StringComparison.Ordinal);
        Assert.Contains("l’installation", history, StringComparison.Ordinal);
        Assert.Contains($"src=\"/api/instances/{instance}/diagram.svg?culture=fr\"", timeline, StringComparison.Ordinal);
        Assert.Contains("Schéma\u00a0: où en est le parcours", timeline, StringComparison.Ordinal);
    }

    [GeneratedRegex("<textarea[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextArea();
}
