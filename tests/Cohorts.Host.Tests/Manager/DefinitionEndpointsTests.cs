using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>Definitions people can read, through the API on a demo host of their own: diagrams, history, diff, drafts checked and simulated, the schema.</summary>
public sealed class DefinitionEndpointsTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const string Definition = "/api/programmes/boost-innovation/definitions/boost-innovation-company";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task DefinitionDiagram_English_NamesTheActivitiesAndSaysTheirSchedules()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.GetAsync($"{Definition}/versions/1/diagram.svg");

        var svg = await ReadSvgAsync(response);
        var texts = Texts(svg);
        Assert.Contains("Revue à mi-parcours", texts);
        Assert.Contains(texts, t => t.Contains("Séance de coaching n°…", StringComparison.Ordinal));
        Assert.Contains("every month, 12 times, from the cohort's first day at 10:00, each planned 21 days ahead", texts);
        Assert.Contains("due: 6 months after the cohort's first day at 10:00", texts);
        Assert.Contains("then: In order", texts);
        Assert.Contains("Sequence · coaching-year", texts);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "style" or "foreignObject" or "image" or "a");
        Assert.DoesNotContain(svg.Descendants().Attributes(), a => a.Name.LocalName is "href" or "style" || a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DefinitionDiagram_French_SaysTheSchedulesInFrench()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.GetAsync($"{Definition}/versions/1/diagram.svg?culture=fr");

        var texts = Texts(await ReadSvgAsync(response));
        Assert.Contains("tous les mois, 12\u00a0fois, à partir du premier jour de la promotion à 10\u00a0h, chacune planifiée 21\u00a0jours à l’avance", texts);
        Assert.Contains("échéance\u00a0: 6\u00a0mois après le premier jour de la promotion à 10\u00a0h", texts);
    }

    [Fact]
    public async Task InstanceDiagram_CompanyInItsCoachingYear_MarksWhatIsDoneAndWhatIsNow()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var instanceId = ids.Rows.First().GetProperty("instanceId").GetGuid();

        using var response = await manager.GetAsync($"/api/instances/{instanceId}/diagram.svg");

        var states = (await ReadSvgAsync(response)).Descendants(Svg + "g").ToDictionary(g => (string)g.Attribute("data-activity")!, g => (string)g.Attribute("data-state")!);
        Assert.Equal("done", states["intake"]);
        Assert.Equal("done", states["screening"]);
        Assert.Equal("done", states["assign-coach"]);
        Assert.Equal("now", states["mid-term-review"]);
        Assert.Equal("none", states["final-review"]);
        Assert.Equal("none", states["graduate"]);
    }

    [Fact]
    public async Task Diagram_HostileNames_AreEscapedText()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        // A control character is refused at publishing (DefinitionTextLimitTests); markup is a name's right.
        const string Hostile = "<script>alert('x')</script> & \"quotes\" ]]>";
        var document = await LatestDocumentAsync(manager, "/api/programmes/openlab-exploration-innovation/definitions/openlab-exploration-innovation-company");
        document["root"]!["displayName"] = Hostile;
        var version = await PublishAsync(manager, "/api/programmes/openlab-exploration-innovation/definitions/openlab-exploration-innovation-company", document);

        using var response = await manager.GetAsync($"/api/programmes/openlab-exploration-innovation/definitions/openlab-exploration-innovation-company/versions/{version}/diagram.svg");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"quotes\" ]]&gt;", text, StringComparison.Ordinal);
        var svg = XDocument.Parse(text).Root!;
        Assert.Contains(Texts(svg), t => t == "<script>alert('x')</script> & \"quotes\" ]]>");
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
    }

    [Fact]
    public async Task HistoryAndDiff_PublishedChange_ShowsThePublisherAndTheChangedLines()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        const string Tour = "/api/programmes/boost-innovation/definitions/boost-innovation-cohort";
        var document = await LatestDocumentAsync(manager, Tour);
        document["description"] = "Happy Innov moves to Thursdays.";
        var version = await PublishAsync(manager, Tour, document);

        var history = await manager.GetJsonAsync($"{Tour}/history");
        var diff = await manager.GetJsonAsync($"{Tour}/versions/{version - 1}/diff/{version}");
        var byQuery = await manager.GetJsonAsync($"{Tour}/diff?from={version - 1}&to={version}");

        Assert.Equal(version, history[0].GetProperty("version").GetInt32());
        Assert.Equal(TestAccounts.Manager, history[0].GetProperty("publishedBy").GetString());
        Assert.Equal(JsonValueKind.Null, history[history.GetArrayLength() - 1].GetProperty("publishedBy").ValueKind);
        var lines = diff.GetProperty("lines").EnumerateArray().Select(l => (Kind: l.GetProperty("kind").GetString(), Text: l.GetProperty("text").GetString()!)).ToList();
        Assert.Contains(lines, l => l.Kind == "added" && l.Text.Contains("Happy Innov moves to Thursdays.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Kind == "removed" && l.Text.Contains("\"description\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Kind == "unchanged" && l.Text.Contains("\"root\"", StringComparison.Ordinal));
        Assert.Equal(1, diff.GetProperty("added").GetInt32());
        Assert.Equal(diff.GetRawText(), byQuery.GetRawText());
        using var missing = await manager.GetAsync($"{Tour}/versions/1/diff/99");
        await missing.ReadJsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Validation_DraftWithErrors_ListsEachProblemAtItsLine()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var document = await LatestDocumentAsync(manager, Definition);
        var repeat = document["root"]!["activities"]![2]!["then"]!["activities"]![1]!["branches"]![0]!.AsObject();
        repeat["every"] = "every month";
        var text = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var expectedLine = text.Split('\n').Select((line, i) => (line, i)).First(l => l.line.Contains("\"every month\"", StringComparison.Ordinal)).i + 1;

        var result = await PostTextAsync(manager, $"{Definition}/validation", text, HttpStatusCode.OK);
        var valid = await PostTextAsync(manager, $"{Definition}/validation", (await LatestDocumentAsync(manager, Definition)).ToJsonString(), HttpStatusCode.OK);
        var broken = await PostTextAsync(manager, $"{Definition}/validation", "{\n  \"format\": 1,\n  \"id\": \"x\"\n  \"name\": \"y\"\n}", HttpStatusCode.OK);

        Assert.False(result.GetProperty("valid").GetBoolean());
        var problem = result.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("path").GetString()!.EndsWith(".every", StringComparison.Ordinal));
        Assert.Equal("$.root.activities[2].then.activities[1].branches[0].every", problem.GetProperty("path").GetString());
        Assert.Equal(expectedLine, problem.GetProperty("line").GetInt32());
        Assert.True(problem.GetProperty("column").GetInt32() > 1);
        Assert.True(valid.GetProperty("valid").GetBoolean());
        Assert.Empty(valid.GetProperty("problems").EnumerateArray());
        Assert.Equal(4, broken.GetProperty("problems")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task DraftSimulation_ChangedDraft_SimulatesTheDraftWithoutPublishingIt()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var document = await LatestDocumentAsync(manager, Definition);
        var sessions = document["root"]!["activities"]![2]!["then"]!["activities"]![1]!["branches"]![0]!.AsObject();
        sessions["count"] = 3;
        var versionsBefore = (await manager.GetJsonAsync($"{Definition}/history")).GetArrayLength();

        var draft = await PostTextAsync(manager, $"{Definition}/drafts/simulations?startDate=2026-09-01&companies=2&coaches=1", document.ToJsonString(), HttpStatusCode.OK);
        var published = await manager.PostJsonAsync("/api/programmes/boost-innovation/simulations", new { startDate = "2026-09-01", companies = 2, coaches = 1 }, HttpStatusCode.OK);

        static int Coaching(JsonElement preview) => preview.GetProperty("calendar").EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "Coaching");
        Assert.Equal(2 * 3, Coaching(draft));
        Assert.Equal(2 * 12, Coaching(published));
        Assert.Equal(versionsBefore, (await manager.GetJsonAsync($"{Definition}/history")).GetArrayLength());
    }

    [Fact]
    public async Task DraftSimulation_DraftWithProblems_Answers400NamingTheirPaths()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var document = await LatestDocumentAsync(manager, Definition);
        document["root"]!["activities"]![2]!["then"]!["activities"]![1]!["branches"]![0]!["every"] = "monthly";
        document["owner"] = "me";

        using var response = await manager.PostAsync($"{Definition}/drafts/simulations?startDate=2026-09-01&companies=2&coaches=1", new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "$.root.activities[2].then.activities[1].branches[0].every");
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.owner", out _));
    }

    [Fact]
    public async Task Endpoints_AnotherProgrammesManager_Answers403()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        var email = $"other-{Guid.NewGuid():N}@cohorts.test";
        await demo.Factory.CreateUserAsync(email, CohortsRoles.Manager);
        using var other = await demo.Factory.CreateApiClientAsync(email);
        var document = (await LatestDocumentAsync(await demo.Factory.CreateApiClientAsync(TestAccounts.Manager), Definition)).ToJsonString();

        foreach (var path in new[] { $"{Definition}/versions/1/diagram.svg", $"{Definition}/history", $"{Definition}/versions/1/diff/1", $"/api/instances/{ids.Rows.First().GetProperty("instanceId").GetGuid()}/diagram.svg" })
        {
            using var response = await other.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
        }

        foreach (var path in new[] { $"{Definition}/validation", $"{Definition}/drafts/simulations?startDate=2026-09-01&companies=2&coaches=1" })
        {
            using var response = await other.PostAsync(path, new StringContent(document, Encoding.UTF8, "application/json"));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Schema_Anonymous_IsServedCacheable()
    {
        using var anonymous = demo.Factory.CreateClient();

        using var response = await anonymous.GetAsync("/schemas/definition.json");

        var schema = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("public", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        var activities = schema.GetProperty("$defs").GetProperty("activities");
        Assert.True(activities.TryGetProperty("CoachingSession", out var session));
        Assert.True(session.GetProperty("properties").TryGetProperty("remindAfter", out _));
        Assert.True(activities.TryGetProperty("Repeat", out _));
    }

    private static async Task<XElement> ReadSvgAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(text).Root!;
    }

    private static List<string> Texts(XElement svg) => [.. svg.Descendants(Svg + "text").Select(t => t.Value)];

    private static async Task<JsonObject> LatestDocumentAsync(HttpClient manager, string definition)
    {
        var latest = (await manager.GetJsonAsync($"{definition}/history"))[0].GetProperty("version").GetInt32();
        return JsonNode.Parse((await manager.GetJsonAsync($"{definition}/versions/{latest}")).GetRawText())!.AsObject();
    }

    private static async Task<int> PublishAsync(HttpClient manager, string definition, JsonObject document)
    {
        using var response = await manager.PostAsync($"{definition}/versions", new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("version").GetInt32();
    }

    private static async Task<JsonElement> PostTextAsync(HttpClient client, string path, string body, HttpStatusCode expected)
    {
        using var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        return await response.ReadJsonAsync(expected);
    }
}
