using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>The incidents page's skip, cancel and "move to version N", and the migration page, without a browser.</summary>
public sealed class IncidentActionsPageTests : IAsyncLifetime
{
    private const string Manager = "manager@incident-actions.test";
    private readonly CohortsHostFactory _host = new();
    private HttpClient _api = null!;
    private string _programmeId = null!;
    private string _definitionId = null!;

    public async Task InitializeAsync()
    {
        await _host.CreateUserAsync(Manager, CohortsRoles.Manager);
        _api = await _host.CreateApiClientAsync(Manager);
        var programme = await _api.PostJsonAsync("/api/programmes", new { templateId = "boost-innovation" }, HttpStatusCode.Created);
        _programmeId = programme.GetProperty("id").GetString()!;
        _definitionId = programme.GetProperty("definitions").EnumerateArray().First(d => d.GetProperty("role").GetString() == "company").GetProperty("definitionId").GetString()!;
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task IncidentsPage_SkipWithoutReason_SaysWhyNextToTheFieldAndChangesNothing_ThenCancelAndMove()
    {
        await PublishScoreAsync("company.size.value");
        var instanceIds = await LaunchAsync();
        await PublishScoreAsync("1 + 1");
        using var page = await _host.CreatePageClientAsync(Manager);
        var token = await Forms.GetAsync(page, "/manage/incidents");
        var before = await page.GetStringAsync("/manage/incidents");

        using var noReason = await Forms.PostAsync(page, "/manage/incidents?handler=Skip", token, new Dictionary<string, string> { ["instanceId"] = instanceIds[0].ToString(), ["reason"] = "" });
        var refused = await noReason.Content.ReadAsStringAsync();
        using var cancelled = await Forms.PostAsync(page, "/manage/incidents?handler=Cancel", token, new Dictionary<string, string> { ["instanceId"] = instanceIds[1].ToString(), ["reason"] = "The company closed." });
        var afterCancel = await cancelled.Content.ReadAsStringAsync();
        using var moved = await Forms.PostAsync(page, "/manage/incidents?handler=Move", token, new Dictionary<string, string> { ["instanceId"] = instanceIds[0].ToString(), ["targetVersion"] = "3" });
        var afterMove = await moved.Content.ReadAsStringAsync();

        Assert.Contains("Move to version 3", before, StringComparison.Ordinal);
        Assert.Contains("Say why the step is skipped (at most 2,000 characters).", refused, StringComparison.Ordinal);
        Assert.Equal("Faulted", (await _api.GetJsonAsync($"/api/instances/{instanceIds[0]}/timeline")).GetProperty("status").GetString());
        Assert.Contains("Journey cancelled: its sessions to come and its milestones are cancelled.", afterCancel, StringComparison.Ordinal);
        Assert.Equal("Cancelled", (await _api.GetJsonAsync($"/api/instances/{instanceIds[1]}/timeline")).GetProperty("status").GetString());
        Assert.Contains("Moved to version 3: retry it to run that version&#x27;s step.", afterMove, StringComparison.Ordinal);
        Assert.Equal(3, (await _api.GetJsonAsync($"/api/instances/{instanceIds[0]}/timeline")).GetProperty("definitionVersion").GetInt32());
        Assert.Equal("Suspended", (await _api.PostJsonAsync($"/api/instances/{instanceIds[0]}/retry", new { }, HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task MigrationPage_PreviewInFrench_ShowsThePlanInWordsAndMovesNothing()
    {
        await PublishScoreAsync("company.size.value");
        var instanceIds = await LaunchAsync();
        await PublishScoreAsync("1 + 1");
        using var page = await _host.CreatePageClientAsync(Manager);
        var path = $"/manage/programmes/{_programmeId}/migrations?culture=fr";
        var token = await Forms.GetAsync(page, path);

        using var preview = await Forms.PostAsync(page, $"/manage/programmes/{_programmeId}/migrations?handler=Preview&culture=fr", token, new Dictionary<string, string> { ["DefinitionId"] = _definitionId, ["FromVersion"] = "2", ["TargetVersion"] = "3", ["CohortId"] = "" });
        var html = await preview.Content.ReadAsStringAsync();
        using var same = await Forms.PostAsync(page, $"/manage/programmes/{_programmeId}/migrations?handler=Move&culture=fr", token, new Dictionary<string, string> { ["DefinitionId"] = _definitionId, ["FromVersion"] = "2", ["TargetVersion"] = "2", ["CohortId"] = "" });
        var refused = await same.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Déplacer des parcours vers une autre version", html, StringComparison.Ordinal);
        Assert.Contains("Prévisualisation", html, StringComparison.Ordinal);
        Assert.Contains("Peut être déplacé", html, StringComparison.Ordinal);
        Assert.Contains("Atelier Neuf", html, StringComparison.Ordinal);
        Assert.Contains("Les parcours sont déjà en version 2\u00a0: choisissez une autre version.", System.Net.WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        foreach (var instanceId in instanceIds)
        {
            Assert.Equal(2, (await _api.GetJsonAsync($"/api/instances/{instanceId}/timeline")).GetProperty("definitionVersion").GetInt32());
        }
    }

    private async Task PublishScoreAsync(string expression)
    {
        var versions = $"/api/programmes/{_programmeId}/definitions/{_definitionId}/versions";
        var document = JsonNode.Parse((await _api.GetJsonAsync($"{versions}/1")).GetRawText())!.AsObject();
        document["root"]!["activities"]!.AsArray().Insert(1, new JsonObject { ["type"] = "SetVariable", ["id"] = "score", ["variable"] = "score", ["expression"] = expression });
        using var published = await _api.PostAsync(versions, new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));
        await published.ReadJsonAsync(HttpStatusCode.Created);
    }

    private async Task<Guid[]> LaunchAsync()
    {
        var created = await _api.PostJsonAsync(
            "/api/cohorts",
            new
            {
                programmeId = _programmeId,
                name = "Incident cohort",
                startDate = "2026-09-01",
                companies = new[]
                {
                    new { name = "Atelier Neuf", sector = "crafts", headcount = 4, location = "Sèvres", contactEmail = "contact@atelier-neuf.example" },
                    new { name = "Boulangerie Lune", sector = "food", headcount = 9, location = "Meudon", contactEmail = "contact@lune.example" },
                },
                coaches = new[] { new { name = "Anne Petit", email = "anne.petit@example.fr", capacity = 5 } },
                launch = true,
            },
            HttpStatusCode.Created);
        var rows = (await _api.GetJsonAsync($"/api/cohorts/{created.GetProperty("cohortId").GetGuid()}/board")).GetProperty("rows").EnumerateArray().ToList();
        return [.. rows.OrderBy(r => r.GetProperty("name").GetString(), StringComparer.Ordinal).Select(r => r.GetProperty("instanceId").GetGuid())];
    }
}
