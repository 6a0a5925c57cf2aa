using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>The manager API's reads on the demo data, and who may make them.</summary>
public sealed class ManagerApiReadTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Templates_AnySignedInUser_ListsTheBuiltInProgrammesInBothLanguages()
    {
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var templates = await coach.GetJsonAsync("/api/templates");

        var boost = templates.EnumerateArray().Single(t => t.GetProperty("id").GetString() == DemoIds.Programme);
        Assert.Equal(17, boost.GetProperty("suggestedCompanies").GetInt32());
        Assert.StartsWith("Programme d’accompagnement", boost.GetProperty("description").GetProperty("french").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Open H'Innov's coaching programme", boost.GetProperty("description").GetProperty("english").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, templates.GetArrayLength());
    }

    [Fact]
    public async Task Programmes_Manager_ListsManagedProgrammesAndReadsTargetsAndDefinitions()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var list = await manager.GetJsonAsync("/api/programmes");
        var boost = await manager.GetJsonAsync("/api/programmes/boost-innovation");

        Assert.Equal(["boost-innovation", "cime-learning-expedition", "openlab-exploration-innovation", "semaine-de-l-innovation", "tournee-de-l-innovation"], list.EnumerateArray().Select(p => p.GetProperty("id").GetString()).Order());
        Assert.Equal(12, boost.GetProperty("durationMonths").GetInt32());
        Assert.Equal(0.5m, boost.GetProperty("cofundingShare").GetDecimal());
        Assert.Contains(boost.GetProperty("targets").EnumerateArray(), t => t.GetProperty("kpi").GetString() == "CompaniesEnrolled" && t.GetProperty("target").GetDecimal() == 17);
        var company = boost.GetProperty("definitions").EnumerateArray().Single(d => d.GetProperty("role").GetString() == "company");
        Assert.Equal(DemoIds.CompanyDefinition, company.GetProperty("definitionId").GetString());
        Assert.True(company.GetProperty("latestVersion").GetInt32() >= 1);
    }

    [Fact]
    public async Task Programmes_Coach_SeesTheProgrammesOfTheirCohortsOnly()
    {
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var list = await coach.GetJsonAsync("/api/programmes");

        Assert.Equal(["boost-innovation"], list.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.False(list[0].GetProperty("manages").GetBoolean());
    }

    [Fact]
    public async Task Versions_Manager_ListsThemAndReadsADocument()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var versions = await manager.GetJsonAsync("/api/programmes/boost-innovation/definitions/boost-innovation-company/versions");
        var document = await manager.GetJsonAsync("/api/programmes/boost-innovation/definitions/boost-innovation-company/versions/1");

        Assert.Equal(1, versions.EnumerateArray().Last().GetProperty("version").GetInt32());
        Assert.Equal(DemoIds.CompanyDefinition, document.GetProperty("id").GetString());
        Assert.Equal("Sequence", document.GetProperty("root").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Versions_UnknownDefinitionOrVersion_Answers404NamingIt()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var definition = await manager.GetAsync("/api/programmes/boost-innovation/definitions/openlab-exploration-innovation-company/versions");
        using var version = await manager.GetAsync("/api/programmes/boost-innovation/definitions/boost-innovation-company/versions/999");
        using var programme = await manager.GetAsync("/api/programmes/no-such-programme");

        await definition.AssertProblemAsync(HttpStatusCode.NotFound, "definitionId");
        await version.AssertProblemAsync(HttpStatusCode.NotFound, "version");
        await programme.AssertProblemAsync(HttpStatusCode.NotFound, "programmeId");
    }

    [Fact]
    public async Task Cohorts_Manager_ListsTheDemoCohortsWithLateSessions()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var cohorts = await manager.GetJsonAsync("/api/cohorts");

        Assert.Equal(5, cohorts.GetArrayLength()); // one per built-in programme: Boost, OpenLab, CIME, Semaine, Tournée
        var batisseurs = cohorts.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Les bâtisseurs");
        Assert.Equal(17, batisseurs.GetProperty("companies").GetInt32());
        Assert.True(batisseurs.GetProperty("lateSessions").GetInt32() > 0);
        Assert.Equal("2025-11-01", batisseurs.GetProperty("startDate").GetString());
    }

    [Fact]
    public async Task Cohort_Funder_ReadsItWithCoachesAndFunders()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        var cohort = await funder.GetJsonAsync($"/api/cohorts/{ids.Batisseurs}");

        Assert.Equal(3, cohort.GetProperty("coaches").GetArrayLength());
        Assert.Equal(0.5m, cohort.GetProperty("funders")[0].GetProperty("share").GetDecimal());
        Assert.Equal(17, cohort.GetProperty("summary").GetProperty("companies").GetInt32());
    }

    [Fact]
    public async Task Board_Manager_ShowsEveryCompanyWithItsCurrentStepsCoachAndLateSessions()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);

        var rows = ids.Rows.ToList();

        Assert.Equal(17, rows.Count);
        Assert.All(rows, r => Assert.Equal("Active", r.GetProperty("status").GetString()));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("coachName").GetString())));
        Assert.All(rows, r => Assert.Equal("Suspended", r.GetProperty("instanceStatus").GetString()));
        Assert.All(rows, r => Assert.Contains(r.GetProperty("currentSteps").EnumerateArray(), s => s.GetProperty("activityId").GetString() == "mid-term-review" && s.GetProperty("activityType").GetString() == "MilestoneReview"));
        Assert.Contains(rows, r => r.GetProperty("lateSessions").GetInt32() > 0);
        Assert.Equal(3, ids.Board.GetProperty("coaches").GetArrayLength());
    }

    [Fact]
    public async Task Board_Coach_ShowsOnlyTheirCompanies()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var board = await coach.GetJsonAsync($"/api/cohorts/{ids.Batisseurs}/board");
        var companies = await coach.GetJsonAsync($"/api/cohorts/{ids.Batisseurs}/companies");

        var expected = ids.Rows.Count(r => r.GetProperty("coachName").GetString() == "Julien Martin");
        Assert.InRange(expected, 1, 16);
        Assert.Equal(expected, board.GetProperty("rows").GetArrayLength());
        Assert.All(board.GetProperty("rows").EnumerateArray(), r => Assert.Equal("Julien Martin", r.GetProperty("coachName").GetString()));
        Assert.Equal(expected, companies.GetArrayLength());
        Assert.All(companies.EnumerateArray(), c => Assert.Equal("Julien Martin", c.GetProperty("coachName").GetString()));
        Assert.Equal(0, board.GetProperty("coaches").GetArrayLength());
    }

    [Fact]
    public async Task Company_CoachOfAnotherCompany_Answers403()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var own = await coach.GetAsync($"/api/companies/{ids.CompanyOf("Julien Martin")}");
        using var other = await coach.GetAsync($"/api/companies/{ids.CompanyOf("Sophie Leroy")}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task Timeline_Manager_ShowsTheExecutionLogOfACompanyJourney()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        var instance = ids.Rows.First().GetProperty("instanceId").GetGuid();
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var timeline = await manager.GetJsonAsync($"/api/instances/{instance}/timeline");

        var events = timeline.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("event").GetString()).ToList();
        Assert.Equal("WorkflowStarted", events[0]);
        Assert.Contains("ActivityCompleted", events);
        Assert.Contains(timeline.GetProperty("entries").EnumerateArray(), e => e.GetProperty("activityId").GetString() == "screening" && e.GetProperty("event").GetString() == "ActivityCompleted");
        Assert.Equal(ids.Rows.First().GetProperty("name").GetString(), timeline.GetProperty("owner").GetProperty("companyName").GetString());
        Assert.Equal("Suspended", timeline.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Timeline_UnknownInstance_Answers404NamingIt()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.GetAsync($"/api/instances/{Guid.NewGuid()}/timeline");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "instanceId");
    }

    [Fact]
    public async Task Incidents_DemoData_AnswersNone()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var incidents = await manager.GetJsonAsync("/api/incidents");

        Assert.Equal(0, incidents.GetArrayLength());
    }

    [Fact]
    public async Task SecondManager_ManagesNothing_SeesNothingOfLesBatisseurs()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        var email = $"other-{Guid.NewGuid():N}@cohorts.test";
        await demo.Factory.CreateUserAsync(email, CohortsRoles.Manager);
        using var other = await demo.Factory.CreateApiClientAsync(email);
        var company = ids.Rows.First();

        Assert.Equal(0, (await other.GetJsonAsync("/api/programmes")).GetArrayLength());
        Assert.Equal(0, (await other.GetJsonAsync("/api/cohorts")).GetArrayLength());
        Assert.Equal(0, (await other.GetJsonAsync("/api/incidents")).GetArrayLength());
        foreach (var path in new[]
        {
            "/api/programmes/boost-innovation",
            "/api/programmes/boost-innovation/definitions/boost-innovation-company/versions",
            "/api/programmes/boost-innovation/definitions/boost-innovation-company/versions/1",
            $"/api/cohorts/{ids.Batisseurs}",
            $"/api/cohorts/{ids.Batisseurs}/board",
            $"/api/cohorts/{ids.Batisseurs}/companies",
            $"/api/companies/{company.GetProperty("companyId").GetGuid()}",
            $"/api/instances/{company.GetProperty("instanceId").GetGuid()}/timeline",
        })
        {
            using var response = await other.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
        }

        using var retry = await other.PostAsync($"/api/instances/{company.GetProperty("instanceId").GetGuid()}/retry", null);
        Assert.Equal(HttpStatusCode.Forbidden, retry.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheManagerEndpointsAndTheirProblems()
    {
        using var client = demo.Factory.CreateClient();

        var document = await client.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/templates", "/api/programmes", "/api/programmes/{id}/definitions/{definitionId}/versions", "/api/programmes/{id}/simulations", "/api/cohorts", "/api/cohorts/{id}/board", "/api/companies/{id}/screening", "/api/instances/{id}/timeline", "/api/incidents", "/api/instances/{id}/retry" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"The OpenAPI document has no {path}.");
        }

        var board = paths.GetProperty("/api/cohorts/{id}/board").GetProperty("get");
        Assert.True(board.GetProperty("responses").TryGetProperty("403", out _));
        Assert.Contains(board.GetProperty("tags").EnumerateArray(), t => t.GetString() == "Cohorts");
    }

    public static TheoryData<string, string, string> ManagerEndpoints => new()
    {
        { TestAccounts.CoachMartin, "POST", "/api/programmes" },
        { TestAccounts.CoachMartin, "GET", "/api/programmes/boost-innovation/definitions/boost-innovation-company/versions" },
        { TestAccounts.CoachMartin, "GET", "/api/programmes/boost-innovation/definitions/boost-innovation-company/versions/1" },
        { TestAccounts.CoachMartin, "POST", "/api/programmes/boost-innovation/definitions/boost-innovation-company/versions" },
        { TestAccounts.CoachMartin, "POST", "/api/programmes/boost-innovation/simulations" },
        { TestAccounts.CoachMartin, "POST", "/api/cohorts" },
        { TestAccounts.CoachMartin, "POST", "/api/cohorts/{cohort}/launch" },
        { TestAccounts.CoachMartin, "POST", "/api/companies/{company}/screening" },
        { TestAccounts.CoachMartin, "PUT", "/api/companies/{company}/coach" },
        { TestAccounts.CoachMartin, "GET", "/api/instances/{company}/timeline" },
        { TestAccounts.CoachMartin, "GET", "/api/incidents" },
        { TestAccounts.CoachMartin, "POST", "/api/instances/{company}/retry" },
        { TestAccounts.Funder, "POST", "/api/programmes" },
        { TestAccounts.Funder, "GET", "/api/programmes/boost-innovation/definitions/boost-innovation-company/versions" },
        { TestAccounts.Funder, "GET", "/api/programmes/boost-innovation/definitions/boost-innovation-company/versions/1" },
        { TestAccounts.Funder, "POST", "/api/programmes/boost-innovation/definitions/boost-innovation-company/versions" },
        { TestAccounts.Funder, "POST", "/api/programmes/boost-innovation/simulations" },
        { TestAccounts.Funder, "POST", "/api/cohorts" },
        { TestAccounts.Funder, "POST", "/api/cohorts/{cohort}/launch" },
        { TestAccounts.Funder, "POST", "/api/companies/{company}/screening" },
        { TestAccounts.Funder, "PUT", "/api/companies/{company}/coach" },
        { TestAccounts.Funder, "GET", "/api/instances/{company}/timeline" },
        { TestAccounts.Funder, "GET", "/api/incidents" },
        { TestAccounts.Funder, "POST", "/api/instances/{company}/retry" },
        { string.Empty, "GET", "/api/templates" },
        { string.Empty, "GET", "/api/programmes" },
        { string.Empty, "POST", "/api/programmes" },
        { string.Empty, "GET", "/api/cohorts" },
        { string.Empty, "GET", "/api/cohorts/{cohort}/board" },
        { string.Empty, "GET", "/api/companies/{company}" },
        { string.Empty, "GET", "/api/incidents" },
        { string.Empty, "POST", "/api/instances/{company}/retry" },
    };

    [Theory]
    [MemberData(nameof(ManagerEndpoints))]
    public async Task ManagerEndpoint_CoachFunderOrAnonymous_IsRefused(string email, string method, string path)
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        var company = ids.CompanyOf("Julien Martin");
        using var client = email.Length == 0 ? demo.Factory.CreateClient() : await demo.Factory.CreateApiClientAsync(email);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{cohort}", ids.Batisseurs.ToString(), StringComparison.Ordinal).Replace("{company}", company.ToString(), StringComparison.Ordinal));
        if (method != "GET")
        {
            request.Content = JsonContent.Create(new { templateId = "semaine-de-l-innovation", decision = "accepted", coachId = ids.CoachId("Julien Martin"), startDate = "2026-09-01", companies = 2, coaches = 1 });
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(email.Length == 0 ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
    }
}
