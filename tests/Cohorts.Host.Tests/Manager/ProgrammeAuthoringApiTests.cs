using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>
/// Programmes created and edited through the API on a demo host of their own: several from one template and a blank
/// one side by side, settings edited and followed by the funder's progress, a cohort's own targets, archiving, refusals.
/// </summary>
public sealed class ProgrammeAuthoringApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task CreateProgramme_TwoBoostInnovationsAndABlankOne_CoexistWithTheirOwnDefinitions()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var named = await manager.PostJsonAsync("/api/programmes", new { templateId = "boost-innovation", name = "Boost Innovation 2027" }, HttpStatusCode.Created);
        var again = await manager.PostJsonAsync("/api/programmes", new { templateId = "boost-innovation" }, HttpStatusCode.Created);
        var blank = await manager.PostJsonAsync("/api/programmes", new { name = "Atelier maison", durationMonths = 4 }, HttpStatusCode.Created);

        Assert.Equal("boost-innovation-2027", named.GetProperty("id").GetString());
        Assert.Equal("boost-innovation-2", again.GetProperty("id").GetString()); // the demo's is boost-innovation
        Assert.Equal("atelier-maison", blank.GetProperty("id").GetString());
        Assert.Equal(["boost-innovation-2027-company", "boost-innovation-2027-cohort"], Definitions(named));
        Assert.Equal(["boost-innovation-2-company", "boost-innovation-2-cohort"], Definitions(again));
        Assert.Equal(["atelier-maison-company"], Definitions(blank));
        Assert.Equal((4, true), (blank.GetProperty("durationMonths").GetInt32(), blank.GetProperty("manages").GetBoolean()));
        Assert.Equal(200_000m, named.GetProperty("budget").GetDecimal());
        var ids = (await manager.GetJsonAsync("/api/programmes")).EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Contains("boost-innovation", ids);
        Assert.Contains("boost-innovation-2027", ids);
        Assert.Contains("boost-innovation-2", ids);
        Assert.Contains("atelier-maison", ids);

        // Each programme's definitions are its own: a new calendar for one publishes its versions only.
        var settings = await SettingsAsync(manager, "boost-innovation-2027");
        settings["calendar"]!["closures"] = new JsonArray(new JsonObject { ["from"] = "07-14", ["to"] = "08-31", ["name"] = "Été" });
        await PutAsync(manager, "boost-innovation-2027", settings, HttpStatusCode.OK);
        Assert.Equal(2, await LatestVersionAsync(manager, "boost-innovation-2027", "boost-innovation-2027-company"));
        Assert.Equal(2, await LatestVersionAsync(manager, "boost-innovation-2027", "boost-innovation-2027-cohort"));
        Assert.Equal(1, await LatestVersionAsync(manager, "boost-innovation-2", "boost-innovation-2-company"));
        Assert.Equal("07-14", (await SettingsAsync(manager, "boost-innovation-2027"))["calendar"]!["closures"]![0]!["from"]!.GetValue<string>());
        Assert.Equal("08-01", (await SettingsAsync(manager, "boost-innovation-2"))["calendar"]!["closures"]![0]!["from"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateAndUpdateProgramme_ANameOnSeveralLines_IsKeptOnOne()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var created = await manager.PostJsonAsync("/api/programmes", new { name = "Atelier\r\nInjected", durationMonths = 4 }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        var settings = await SettingsAsync(manager, id);
        settings["name"] = "Atelier\n\n  du nord";
        await PutAsync(manager, id, settings, HttpStatusCode.OK);

        Assert.Equal("Atelier Injected", created.GetProperty("name").GetString());
        Assert.Equal("Atelier du nord", (await SettingsAsync(manager, id))["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateProgramme_TargetsAndBudget_TheFundersProgressFollows()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        var cohortId = await FundedCohortAsync(funder);
        var settings = await SettingsAsync(manager, DemoIds.Programme);
        settings["targets"]!["SessionsHeld"] = 250;
        settings["budget"] = 240_000;
        settings["currency"] = "EUR";
        settings["coFunders"] = new JsonArray(
            new JsonObject { ["name"] = "Département des Hauts-de-Seine", ["share"] = 0.4 },
            new JsonObject { ["name"] = "Région Île-de-France", ["share"] = 0.2 });

        await PutAsync(manager, DemoIds.Programme, settings, HttpStatusCode.OK);

        var progress = await funder.GetJsonAsync($"/api/cohorts/{cohortId}/progress");
        Assert.Equal(250m, Target(progress, "SessionsHeld"));
        var funding = progress.GetProperty("funding");
        Assert.Equal((240_000m, "EUR"), (funding.GetProperty("budget").GetDecimal(), funding.GetProperty("currency").GetString()));
        Assert.Equal(
            [("Département des Hauts-de-Seine", 0.4m), ("Région Île-de-France", 0.2m)],
            funding.GetProperty("coFunders").EnumerateArray().Select(f => (f.GetProperty("name").GetString(), f.GetProperty("share").GetDecimal())).ToList());
        var read = await SettingsAsync(manager, DemoIds.Programme);
        Assert.Equal(250m, read["targets"]!["SessionsHeld"]!.GetValue<decimal>());
        var history = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/history");
        Assert.NotEqual(JsonValueKind.Undefined, history.ValueKind);
    }

    [Fact]
    public async Task SetCohortTargets_Override_TheProgressUsesTheCohortsOverTheProgrammes()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        var cohortId = await FundedCohortAsync(funder);
        var before = await funder.GetJsonAsync($"/api/cohorts/{cohortId}/progress");

        using var response = await manager.PutAsJsonAsync($"/api/cohorts/{cohortId}/targets", new { targets = new Dictionary<string, decimal> { ["CompaniesGraduated"] = 9 } });
        var set = await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("CompaniesGraduated", set.GetProperty("targets").EnumerateArray().Single().GetProperty("kpi").GetString());
        var progress = await funder.GetJsonAsync($"/api/cohorts/{cohortId}/progress");
        Assert.Equal(9m, Target(progress, "CompaniesGraduated"));
        Assert.Equal(Target(before, "CompaniesEnrolled"), Target(progress, "CompaniesEnrolled")); // the programme's still

        // A count's target is a whole number of at least 1, a rate's at least 1 %: a fraction or nothing is refused by path, and changes nothing.
        using (var refused = await manager.PutAsJsonAsync($"/api/cohorts/{cohortId}/targets", new { targets = new Dictionary<string, decimal> { ["CompaniesEnrolled"] = 1.5m, ["SessionsHeld"] = 0, ["AttendanceRate"] = 0 } }))
        {
            var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "targets.CompaniesEnrolled");
            Assert.True(problem.GetProperty("errors").TryGetProperty("targets.SessionsHeld", out _));
            Assert.True(problem.GetProperty("errors").TryGetProperty("targets.AttendanceRate", out _));
        }

        Assert.Equal(9m, Target(await funder.GetJsonAsync($"/api/cohorts/{cohortId}/progress"), "CompaniesGraduated"));

        using var reset = await manager.PutAsJsonAsync($"/api/cohorts/{cohortId}/targets", new { targets = new Dictionary<string, decimal>() });
        await reset.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(Target(before, "CompaniesGraduated"), Target(await funder.GetJsonAsync($"/api/cohorts/{cohortId}/progress"), "CompaniesGraduated"));
    }

    [Fact]
    public async Task Archive_ProgrammeAndCohort_HiddenFromListsShownWhenAskedNoNewCohortThenRestored()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var programme = await manager.PostJsonAsync("/api/programmes", new { name = "Programme à archiver", durationMonths = 3 }, HttpStatusCode.Created);
        var id = programme.GetProperty("id").GetString()!;
        var cohort = await manager.PostJsonAsync("/api/cohorts", CohortPlan(id), HttpStatusCode.Created);
        var cohortId = cohort.GetProperty("cohortId").GetGuid();

        await manager.PostJsonAsync($"/api/cohorts/{cohortId}/archive", new { }, HttpStatusCode.OK);
        Assert.DoesNotContain(await CohortIdsAsync(manager, string.Empty), c => c == cohortId);
        Assert.Contains(await CohortIdsAsync(manager, "?archived=true"), c => c == cohortId);

        var archived = await manager.PostJsonAsync($"/api/programmes/{id}/archive", new { }, HttpStatusCode.OK);
        Assert.True(archived.GetProperty("archived").GetBoolean());
        Assert.DoesNotContain((await manager.GetJsonAsync("/api/programmes")).EnumerateArray(), p => p.GetProperty("id").GetString() == id);
        Assert.Contains((await manager.GetJsonAsync("/api/programmes?archived=true")).EnumerateArray(), p => p.GetProperty("id").GetString() == id && p.GetProperty("archived").GetBoolean());
        using (var refused = await manager.PostAsJsonAsync("/api/cohorts", CohortPlan(id)))
        {
            await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "programmeId");
        }

        await manager.PostJsonAsync($"/api/programmes/{id}/restore", new { }, HttpStatusCode.OK);
        await manager.PostJsonAsync($"/api/cohorts/{cohortId}/restore", new { }, HttpStatusCode.OK);
        Assert.Contains((await manager.GetJsonAsync("/api/programmes")).EnumerateArray(), p => p.GetProperty("id").GetString() == id);
        Assert.Contains(await CohortIdsAsync(manager, string.Empty), c => c == cohortId);
        await manager.PostJsonAsync("/api/cohorts", CohortPlan(id), HttpStatusCode.Created);
    }

    [Fact]
    public async Task UpdateProgramme_BadInput_Answers400NamingEachPathAndChangesNothing()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var created = await manager.PostJsonAsync("/api/programmes", new { templateId = "openlab-exploration-innovation", name = "OpenLab refus" }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        var before = await SettingsAsync(manager, id);
        var settings = JsonNode.Parse(before.ToJsonString())!.AsObject();
        settings["name"] = new string('n', 201);
        settings["targets"]!["SessionsHeld"] = -3;
        settings["targets"]!["NoSuchIndicator"] = 3;
        settings["coFunders"] = new JsonArray(new JsonObject { ["name"] = "A", ["share"] = 0.7 }, new JsonObject { ["name"] = "B", ["share"] = 0.6 });
        settings["calendar"]!["closures"] = new JsonArray(new JsonObject { ["from"] = "13-45", ["to"] = "08-31" });
        settings["sessionLength"] = "PT10H";
        settings["currency"] = "euro";

        var problem = await PutAsync(manager, id, settings, HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("name", errors);
        Assert.Contains("targets.SessionsHeld", errors);
        Assert.Contains("targets.NoSuchIndicator", errors);
        Assert.Contains("coFunders", errors);
        Assert.Contains("sessionLength", errors);
        Assert.Contains("currency", errors);
        Assert.Equal(before.ToJsonString(), (await SettingsAsync(manager, id)).ToJsonString());

        // The calendar alone: the definition reader's rule, at its path, and no version published.
        var calendarOnly = JsonNode.Parse(before.ToJsonString())!.AsObject();
        calendarOnly["calendar"]!["closures"] = new JsonArray(new JsonObject { ["from"] = "13-45", ["to"] = "08-31" });
        var calendarProblem = await PutAsync(manager, id, calendarOnly, HttpStatusCode.BadRequest);
        Assert.Contains(calendarProblem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("calendar.closures[0]", StringComparison.Ordinal));
        Assert.Equal(1, await LatestVersionAsync(manager, id, $"{id}-company"));
    }

    [Fact]
    public async Task ProgrammeRoutes_AManagerOfAnotherProgramme_IsRefused()
    {
        var email = $"autre-{Guid.NewGuid():N}@example.fr";
        await demo.Factory.CreateUserAsync(email, CohortsRoles.Manager);
        using var other = await demo.Factory.CreateApiClientAsync(email);
        var own = await other.PostJsonAsync("/api/programmes", new { name = "Le mien", durationMonths = 2 }, HttpStatusCode.Created);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var settings = await SettingsAsync(manager, DemoIds.Programme);
        var batisseurs = (await DemoIds.ReadAsync(demo.Factory)).Batisseurs;

        using var put = await other.PutAsJsonAsync($"/api/programmes/{DemoIds.Programme}", settings);
        using var read = await other.GetAsync($"/api/programmes/{DemoIds.Programme}/settings");
        using var archive = await other.PostAsJsonAsync($"/api/programmes/{DemoIds.Programme}/archive", new { });
        using var targets = await other.PutAsJsonAsync($"/api/cohorts/{batisseurs}/targets", new { targets = new Dictionary<string, decimal> { ["SessionsHeld"] = 1 } });
        using var ownSettings = await other.GetAsync($"/api/programmes/{own.GetProperty("id").GetString()}/settings");
        using var othersOwn = await manager.GetAsync($"/api/programmes/{own.GetProperty("id").GetString()}/settings");

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, archive.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, targets.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownSettings.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, othersOwn.StatusCode);
        Assert.Equal(settings.ToJsonString(), (await SettingsAsync(manager, DemoIds.Programme)).ToJsonString());
    }

    private static List<string?> Definitions(JsonElement programme) =>
        [.. programme.GetProperty("definitions").EnumerateArray().Select(d => d.GetProperty("definitionId").GetString())];

    private static decimal? Target(JsonElement progress, string kpi)
    {
        var target = progress.GetProperty("kpis").EnumerateArray().Single(k => string.Equals(k.GetProperty("kpi").GetString(), kpi, StringComparison.OrdinalIgnoreCase)).GetProperty("target");
        return target.ValueKind == JsonValueKind.Null ? null : target.GetDecimal();
    }

    private static async Task<JsonObject> SettingsAsync(HttpClient client, string programmeId) =>
        JsonNode.Parse((await client.GetJsonAsync($"/api/programmes/{programmeId}/settings")).GetRawText())!.AsObject();

    private static async Task<JsonElement> PutAsync(HttpClient client, string programmeId, JsonObject settings, HttpStatusCode expected)
    {
        using var response = await client.PutAsJsonAsync($"/api/programmes/{programmeId}", settings);
        return await response.ReadJsonAsync(expected);
    }

    private static async Task<int> LatestVersionAsync(HttpClient client, string programmeId, string definitionId) =>
        (await client.GetJsonAsync($"/api/programmes/{programmeId}/definitions/{definitionId}/versions")).EnumerateArray().Max(v => v.GetProperty("version").GetInt32());

    private static async Task<Guid> FundedCohortAsync(HttpClient funder) =>
        (await funder.GetJsonAsync("/api/funder/cohorts")).EnumerateArray().First().GetProperty("cohortId").GetGuid();

    [Fact]
    public async Task Archive_CoachedCohort_LeavesTheCoachsCompaniesUntilRestored()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var before = (await coach.GetJsonAsync("/api/coach/companies")).EnumerateArray().Select(c => c.GetProperty("cohortId").GetGuid()).ToList();
        Assert.NotEmpty(before);
        var cohortId = before[0];

        await manager.PostJsonAsync($"/api/cohorts/{cohortId}/archive", new { }, HttpStatusCode.OK);
        try
        {
            var during = (await coach.GetJsonAsync("/api/coach/companies")).EnumerateArray().Select(c => c.GetProperty("cohortId").GetGuid());
            Assert.DoesNotContain(cohortId, during);
        }
        finally
        {
            await manager.PostJsonAsync($"/api/cohorts/{cohortId}/restore", new { }, HttpStatusCode.OK);
        }

        var after = (await coach.GetJsonAsync("/api/coach/companies")).EnumerateArray().Select(c => c.GetProperty("cohortId").GetGuid()).ToList();
        Assert.Equal(before, after);
    }

    private static async Task<List<Guid>> CohortIdsAsync(HttpClient client, string query) =>
        [.. (await client.GetJsonAsync($"/api/cohorts{query}")).EnumerateArray().Select(c => c.GetProperty("id").GetGuid())];

    private static object CohortPlan(string programmeId) => new
    {
        programmeId,
        name = $"Promotion {Guid.NewGuid():N}",
        startDate = "2027-01-04",
        companies = new[] { new { name = "Atelier Numérique", sector = "services", headcount = 5, location = "Nanterre", contactEmail = "contact@atelier.example", needs = new[] { "digital" } } },
        coaches = new[] { new { name = "Anne Coach", email = "anne.coach@example.fr", capacity = 3, expertise = new[] { "digital" } } },
    };
}
