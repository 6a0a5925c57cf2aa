using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

/// <summary>
/// A manager fixes a broken version from the pages: the journeys of two cohorts faulted on it; a fixed version is
/// published; the migration page previews the move of one cohort then moves it (in English), then the other (in
/// French); the incidents page's retry then runs the fixed step.
/// </summary>
public sealed class MigrationBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task MigrationPage_PreviewThenMove_InEnglishThenInFrench_JourneysGoOnAfterARetry()
    {
        using var api = await ApiClientAsync();
        var (programmeId, definitionId) = await BoostAsync(api);
        var broken = await PublishScoreAsync(api, programmeId, definitionId, "company.size.value");
        var english = await LaunchAsync(api, programmeId, "Cohorte migrée", "Atelier Neuf", "Boulangerie Lune");
        var french = await LaunchAsync(api, programmeId, "Cohorte française", "Verrerie Claire");
        var fixedVersion = await PublishScoreAsync(api, programmeId, definitionId, "1 + 1");
        var address = $"/manage/programmes/{programmeId}/migrations?definitionId={definitionId}&fromVersion={broken}&targetVersion={fixedVersion}";

        var page = await browser.SignInAsync(TestAccounts.Manager);
        await BrowserFixture.OpenAsync(page, address);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Move journeys to another version" })).ToBeVisibleAsync();
        await page.GetByLabel("Cohort").SelectOptionAsync(new SelectOptionValue { Label = "Cohorte migrée" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the move" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Preview: 2 of 2 journeys can move to version {fixedVersion}. Nothing has changed yet.");
        var plan = page.Locator("#migration-plan");
        await Assertions.Expect(plan.GetByRole(AriaRole.Row).Filter(new() { HasText = "Atelier Neuf" })).ToContainTextAsync("Can move");
        await Assertions.Expect(plan).ToContainTextAsync("stopped here by an incident");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Move the journeys to version {fixedVersion}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"2 of 2 journeys moved to version {fixedVersion}.");

        await BrowserFixture.OpenAsync(page, "/manage/incidents");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Atelier Neuf" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Retried: the journey goes on from the step that had failed.");

        var fr = await browser.SignInAsync(TestAccounts.Manager, "fr-FR");
        await BrowserFixture.OpenAsync(fr, address);
        await Assertions.Expect(fr.GetByRole(AriaRole.Heading, new() { Name = "Déplacer des parcours vers une autre version" })).ToBeVisibleAsync();
        await fr.GetByLabel("Promotion").SelectOptionAsync(new SelectOptionValue { Label = "Cohorte française" });
        await fr.GetByRole(AriaRole.Button, new() { Name = "Prévisualiser le déplacement" }).ClickAsync();
        await Assertions.Expect(fr.Locator("#migration-plan")).ToContainTextAsync("Peut être déplacé");
        await fr.GetByRole(AriaRole.Button, new() { Name = $"Déplacer les parcours vers la version {fixedVersion}" }).ClickAsync();
        await Assertions.Expect(fr.GetByRole(AriaRole.Status)).ToContainTextAsync($"1 parcours sur 1 déplacés vers la version {fixedVersion}.");

        foreach (var instanceId in english.Concat(french))
        {
            var timeline = await api.GetJsonAsync($"/api/instances/{instanceId}/timeline");
            Assert.Equal(fixedVersion, timeline.GetProperty("definitionVersion").GetInt32());
        }
    }

    /// <summary>A bearer-token client over the fixture's real port (the factory's own clients do not reach Kestrel).</summary>
    private async Task<HttpClient> ApiClientAsync()
    {
        var client = new HttpClient { BaseAddress = browser.BaseAddress };
        var token = await client.PostJsonAsync("/api/auth/token", new { email = TestAccounts.Manager, password = TestAccounts.Password }, HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<(string ProgrammeId, string DefinitionId)> BoostAsync(HttpClient api)
    {
        var summary = (await api.GetJsonAsync("/api/programmes")).EnumerateArray().First(p => p.GetProperty("name").GetString()!.Contains("Boost", StringComparison.Ordinal));
        var programmeId = summary.GetProperty("id").GetString()!;
        var details = await api.GetJsonAsync($"/api/programmes/{programmeId}");
        var definitionId = details.GetProperty("definitions").EnumerateArray().First(d => d.GetProperty("role").GetString() == "company").GetProperty("definitionId").GetString()!;
        return (programmeId, definitionId);
    }

    /// <summary>Publishes the newest version with a "score" step after the intake computing <paramref name="expression"/>.</summary>
    private static async Task<int> PublishScoreAsync(HttpClient api, string programmeId, string definitionId, string expression)
    {
        var versions = $"/api/programmes/{programmeId}/definitions/{definitionId}/versions";
        var document = JsonNode.Parse((await api.GetJsonAsync($"{versions}/1")).GetRawText())!.AsObject();
        document["root"]!["activities"]!.AsArray().Insert(1, new JsonObject { ["type"] = "SetVariable", ["id"] = "score", ["variable"] = "score", ["expression"] = expression });
        using var published = await api.PostAsync(versions, new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));
        return (await published.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("version").GetInt32();
    }

    private static async Task<Guid[]> LaunchAsync(HttpClient api, string programmeId, string name, params string[] companies)
    {
        var created = await api.PostJsonAsync(
            "/api/cohorts",
            new
            {
                programmeId,
                name,
                startDate = "2026-09-01",
                companies = companies.Select((c, i) => new { name = c, sector = "crafts", headcount = 4 + i, location = "Sèvres", contactEmail = $"contact{i}@{name.Length}.example" }).ToArray(),
                coaches = new[] { new { name = "Anne Petit", email = $"anne.petit.{name.Length}@example.fr", capacity = 5 } },
                launch = true,
            },
            HttpStatusCode.Created);
        var rows = (await api.GetJsonAsync($"/api/cohorts/{created.GetProperty("cohortId").GetGuid()}/board")).GetProperty("rows").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal("Faulted", r.GetProperty("instanceStatus").GetString()));
        return [.. rows.Select(r => r.GetProperty("instanceId").GetGuid())];
    }
}
