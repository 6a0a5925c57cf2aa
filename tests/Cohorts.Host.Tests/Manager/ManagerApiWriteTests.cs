using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Manager;

/// <summary>The manager API's writes on a demo host of their own: programmes, versions, simulations, cohorts, screening, coaches.</summary>
public sealed class ManagerApiWriteTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const string Versions = "/api/programmes/boost-innovation/definitions/boost-innovation-company/versions";

    [Fact]
    public async Task CreateProgramme_Template_CreatesItManagedByTheUser()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.PostAsJsonAsync("/api/programmes", new { templateId = "tournee-de-l-innovation" });

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        // The demo has a Tournée already: this one gets the next id.
        Assert.Equal("/api/programmes/tournee-de-l-innovation-2", response.Headers.Location?.OriginalString);
        Assert.True(created.GetProperty("manages").GetBoolean());
        Assert.True(created.GetProperty("definitions")[0].GetProperty("latestVersion").GetInt32() >= 1);
        Assert.Contains((await manager.GetJsonAsync("/api/programmes")).EnumerateArray(), p => p.GetProperty("id").GetString() == "tournee-de-l-innovation-2");
    }

    [Fact]
    public async Task CreateProgramme_UnknownTemplate_Answers404NamingTemplateId()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.PostAsJsonAsync("/api/programmes", new { templateId = "no-such-template" });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "templateId");
    }

    [Fact]
    public async Task CreateProgramme_TemplateCreatedBefore_CreatesAnotherProgrammeWithItsOwnId()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.PostAsJsonAsync("/api/programmes", new { templateId = "boost-innovation" });

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        Assert.StartsWith("boost-innovation-", id, StringComparison.Ordinal);
        Assert.Equal($"{id}-company", created.GetProperty("definitions")[0].GetProperty("definitionId").GetString());
    }

    [Fact]
    public async Task PlanCohort_RequiredFieldsMissing_NamesThemAsTheBodyDoes()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.PostAsJsonAsync("/api/cohorts", new { name = (string?)null });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "programmeId");
        var errors = problem.GetProperty("errors");
        Assert.Equal(["name", "programmeId", "startDate"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("The programmeId field is required.", errors.GetProperty("programmeId")[0].GetString());
        Assert.Equal("The startDate field is required.", errors.GetProperty("startDate")[0].GetString());
    }

    [Fact]
    public async Task CreateProgramme_BlankWithoutNameOrDuration_Answers400NamingThem()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.PostAsJsonAsync("/api/programmes", new { });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "name");
        Assert.True(problem.GetProperty("errors").TryGetProperty("durationMonths", out _), problem.ToString());
    }

    [Fact]
    public async Task Publish_InvalidDocument_Answers400WithEveryProblemByPath()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var document = JsonNode.Parse((await manager.GetJsonAsync($"{Versions}/1")).GetRawText())!.AsObject();
        document["root"]!["activities"]![1]!["type"] = "NoSuchActivity";
        document.Remove("name");

        using var response = await manager.PostAsync(Versions, new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "$.root.activities[1].type");
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.name", out _), problem.ToString());
    }

    [Theory]
    [InlineData("Boost\u0000")]
    [InlineData("Two\nlines")]
    [InlineData(null)]
    public async Task Publish_NameWithAControlCharacterOrTooLong_Answers400AtTheNameAndPublishesNothing(string? name)
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var document = JsonNode.Parse((await manager.GetJsonAsync($"{Versions}/1")).GetRawText())!.AsObject();
        var before = (await manager.GetJsonAsync(Versions)).GetArrayLength();
        document["name"] = name ?? new string('n', 100_000);

        using var response = await manager.PostAsync(Versions, new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "$.name");
        Assert.Equal(["$.name"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(before, (await manager.GetJsonAsync(Versions)).GetArrayLength());
    }

    [Fact]
    public async Task Publish_SameChangeFourTimesAtOnce_OneNewVersionOneAuditLine()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var created = await manager.PostAsJsonAsync("/api/programmes", new { templateId = "boost-innovation" });
        var programme = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var versions = $"/api/programmes/{programme}/definitions/{programme}-company/versions";
        var document = JsonNode.Parse((await manager.GetJsonAsync($"{versions}/1")).GetRawText())!.AsObject();
        document["name"] = "Parcours (double clic)";
        var json = document.ToJsonString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => manager.PostAsync(versions, new StringContent(json, Encoding.UTF8, "application/json"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        foreach (var response in responses)
        {
            Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());
            response.Dispose();
        }

        await using var db = await demo.Factory.DomainAsync();
        var published = await db.AuditEntries.AsNoTracking().Where(a => a.SubjectId == programme && a.Action == Workflows.Audit.AuditActions.DefinitionPublished).ToListAsync();
        Assert.Single(published, a => a.Data.Contains("\"version\":2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_NotJson_Answers400AtTheDocument()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.PostAsync(Versions, new StringContent("{ \"format\": 1, ", Encoding.UTF8, "application/json"));

        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task Publish_AnotherProgrammesDefinition_Answers400AtItsId()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var openLab = await manager.GetJsonAsync("/api/programmes/openlab-exploration-innovation/definitions/openlab-exploration-innovation-company/versions/1");

        using var response = await manager.PostAsync(Versions, new StringContent(openLab.GetRawText(), Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "$.id");
    }

    [Fact]
    public async Task Publish_ChangedDocument_MakesANewVersionWhileRunningInstancesKeepTheirs()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        const string Cohort = "/api/programmes/openlab-exploration-innovation/definitions/openlab-exploration-innovation-company/versions";
        var document = JsonNode.Parse((await manager.GetJsonAsync($"{Cohort}/1")).GetRawText())!.AsObject();
        document["description"] = "Revised after the first cohort.";

        using var first = await manager.PostAsync(Cohort, new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));
        using var again = await manager.PostAsync(Cohort, new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

        var published = await first.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, published.GetProperty("version").GetInt32());
        Assert.EndsWith("/versions/2", first.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var same = await again.ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(same.GetProperty("isNew").GetBoolean());
        Assert.Equal("Revised after the first cohort.", (await manager.GetJsonAsync($"{Cohort}/2")).GetProperty("description").GetString());
        var openLab = (await manager.GetJsonAsync("/api/cohorts")).EnumerateArray().Single(c => c.GetProperty("programmeId").GetString() == "openlab-exploration-innovation");
        var row = (await manager.GetJsonAsync($"/api/cohorts/{openLab.GetProperty("id").GetGuid()}/board")).GetProperty("rows")[0];
        var timeline = await manager.GetJsonAsync($"/api/instances/{row.GetProperty("instanceId").GetGuid()}/timeline");
        Assert.Equal(1, timeline.GetProperty("definitionVersion").GetInt32());
    }

    [Fact]
    public async Task Simulate_SmallCohort_AnswersCalendarCoachLoadsAndTargetDates()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var preview = await manager.PostJsonAsync("/api/programmes/boost-innovation/simulations", new { startDate = "2026-09-01", companies = 2, coaches = 1 }, HttpStatusCode.OK);

        Assert.Equal("2027-08-31", preview.GetProperty("endDate").GetString());
        Assert.Contains(preview.GetProperty("calendar").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Coaching");
        Assert.Contains(preview.GetProperty("calendar").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Milestone");
        Assert.NotEqual(0, preview.GetProperty("coachLoads").GetArrayLength());
        var enrolled = preview.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("kpi").GetString() == "CompaniesEnrolled");
        Assert.Equal(17, enrolled.GetProperty("target").GetDecimal());
    }

    [Fact]
    public async Task Simulate_NumbersOutOfRange_Answers400NamingEachField()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.PostAsJsonAsync("/api/programmes/boost-innovation/simulations", new { startDate = "2026-09-01", companies = 0, coaches = 501 });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "companies");
        Assert.True(problem.GetProperty("errors").TryGetProperty("coaches", out _), problem.ToString());
    }

    [Fact]
    public async Task PreviewCohort_Plan_AnswersItsOwnCompaniesAndCoachesInTheCalendar_AndCreatesNothing()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var before = await manager.GetAsync("/api/cohorts?archived=true");
        var plan = new
        {
            programmeId = "boost-innovation",
            name = "Boost preview",
            startDate = "2026-09-01",
            launch = true,
            companies = new[]
            {
                new { name = "Atelier Brun", sector = "Artisanat", headcount = 8, location = "Lille", contactEmail = "brun@example.fr" },
                new { name = "Forge du Nord", sector = "Industrie", headcount = 30, location = "Douai", contactEmail = "forge@example.fr" },
            },
            coaches = new[] { new { name = "Claire Aperçu", email = "claire.apercu@example.fr", capacity = 4 } },
        };

        var preview = await manager.PostJsonAsync("/api/cohorts/preview", plan, HttpStatusCode.OK);

        Assert.Equal(2, preview.GetProperty("companies").GetInt32());
        Assert.Equal(1, preview.GetProperty("coaches").GetInt32());
        var coaching = preview.GetProperty("calendar").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "Coaching").ToList();
        Assert.Contains(coaching, e => e.GetProperty("company").GetString() == "Atelier Brun" && e.GetProperty("coach").GetString() == "Claire Aperçu");
        Assert.Contains(coaching, e => e.GetProperty("company").GetString() == "Forge du Nord");
        using var after = await manager.GetAsync("/api/cohorts?archived=true");
        Assert.Equal(before.Headers.GetValues("X-Total-Count").Single(), after.Headers.GetValues("X-Total-Count").Single());
        await using var db = await demo.Factory.DomainAsync();
        Assert.False(await db.Companies.AnyAsync(c => c.Name == "Forge du Nord"));
    }

    [Fact]
    public async Task PreviewCohort_BadPlan_Answers400NamingEachField()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var noStart = await manager.PostAsJsonAsync("/api/cohorts/preview", new { programmeId = "boost-innovation", name = "P", companies = new[] { new { name = "A" } } });
        using var noCompanies = await manager.PostAsJsonAsync("/api/cohorts/preview", new { programmeId = "boost-innovation", name = "P", startDate = "2026-09-01", coaches = new[] { new { name = "A", email = "a@example.fr", capacity = 3 } } });

        await noStart.AssertProblemAsync(HttpStatusCode.BadRequest, "startDate");
        await noCompanies.AssertProblemAsync(HttpStatusCode.BadRequest, "companies");

        // A headcount left out is refused at its path, not taken as 0.
        using var noHeadcount = await manager.PostAsJsonAsync("/api/cohorts/preview", new
        {
            programmeId = "boost-innovation",
            name = "P",
            startDate = "2026-09-01",
            companies = new object[]
            {
                new { name = "A", sector = "crafts", headcount = 3, location = "Sèvres", contactEmail = "a@example.fr" },
                new { name = "B", sector = "crafts", location = "Sèvres", contactEmail = "b@example.fr" },
            },
            coaches = new[] { new { name = "C", email = "c@example.fr", capacity = 3 } },
        });
        await noHeadcount.AssertProblemAsync(HttpStatusCode.BadRequest, "companies[1].headcount");
    }

    [Fact]
    public async Task PreviewCohort_FortyBadCompanies_DetailNamesTheFirstFiveWholeAndErrorsNameEveryOne()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var companies = Enumerable.Range(0, 40).Select(i => new { name = " ", sector = "crafts", headcount = 3, location = "Sèvres", contactEmail = $"c{i}@example.fr" }).ToArray();

        using var response = await manager.PostAsJsonAsync("/api/cohorts/preview", new { programmeId = "boost-innovation", name = "P", startDate = "2026-09-01", companies, coaches = new[] { new { name = "C", email = "c@example.fr", capacity = 50 } } });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "companies[39].name");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith("companies[0].name: ", detail, StringComparison.Ordinal);
        Assert.Contains("companies[4].name: ", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("companies[5].name", detail, StringComparison.Ordinal);
        Assert.EndsWith(" And 35 more problems: see errors.", detail, StringComparison.Ordinal);
        Assert.Equal(40, problem.GetProperty("errors").EnumerateObject().Count());
    }

    [Fact]
    public async Task CreateCohort_WithoutCompanies_Answers400NamingCompanies()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.PostAsJsonAsync("/api/cohorts", new { programmeId = "boost-innovation", name = "Empty", startDate = "2026-09-01", coaches = new[] { new { name = "A", email = "a@example.fr", capacity = 3 } } });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "companies");
        Assert.False(problem.GetProperty("errors").TryGetProperty("coaches", out _));
    }

    [Fact]
    public async Task CreateCohort_NullCompany_Answers400NamingItsIndex()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var body = new StringContent("""{"programmeId":"boost-innovation","name":"Nulls","startDate":"2026-09-01","companies":[null],"coaches":[{"name":"A","email":"a@example.fr","capacity":3}]}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await manager.PostAsync("/api/cohorts", body);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "companies[0]");
    }

    [Fact]
    public async Task CreateCohort_BadCompanyLine_Answers400NamingTheCompanyField()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.PostAsJsonAsync("/api/cohorts", Plan("Bad", launch: false, companyName: " "));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "companies[0].name");
    }

    [Fact]
    public async Task CreateCohort_ProgrammeManagedBySomeoneElse_Answers403()
    {
        var email = $"other-{Guid.NewGuid():N}@cohorts.test";
        await demo.Factory.CreateUserAsync(email, CohortsRoles.Manager);
        using var other = await demo.Factory.CreateApiClientAsync(email);

        using var response = await other.PostAsJsonAsync("/api/cohorts", Plan("Not mine", launch: true));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateCohort_AndLaunch_CompaniesWaitForScreeningOnTheBoard()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.PostAsJsonAsync("/api/cohorts", Plan("Promotion 2026", launch: true));

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.True(created.GetProperty("launched").GetBoolean());
        var cohortId = created.GetProperty("cohortId").GetGuid();
        Assert.Equal($"/api/cohorts/{cohortId}", response.Headers.Location?.OriginalString);
        var cohort = await manager.GetJsonAsync($"/api/cohorts/{cohortId}");
        Assert.Equal("2027-08-31", cohort.GetProperty("summary").GetProperty("endDate").GetString());
        var rows = (await manager.GetJsonAsync($"/api/cohorts/{cohortId}/board")).GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["Atelier Neuf", "Brasserie Nouvelle"], rows.Select(r => r.GetProperty("name").GetString()));
        Assert.All(rows, r => Assert.Equal("Applied", r.GetProperty("status").GetString()));
        Assert.All(rows, r => Assert.Equal("Screening", r.GetProperty("currentSteps")[0].GetProperty("activityType").GetString()));
    }

    [Fact]
    public async Task Launch_CreatedCohort_StartsOneInstancePerCompany()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var created = await manager.PostJsonAsync("/api/cohorts", Plan("Launched later", launch: false), HttpStatusCode.Created);
        var cohortId = created.GetProperty("cohortId").GetGuid();
        Assert.Equal(JsonValueKindNull, (await manager.GetJsonAsync($"/api/cohorts/{cohortId}")).GetProperty("summary").GetProperty("launchedAt").ValueKind);

        var launch = await manager.PostJsonAsync($"/api/cohorts/{cohortId}/launch", new { }, HttpStatusCode.OK);

        Assert.Equal(2, launch.GetProperty("companyInstanceIds").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.String, (await manager.GetJsonAsync($"/api/cohorts/{cohortId}")).GetProperty("summary").GetProperty("launchedAt").ValueKind);
    }

    [Fact]
    public async Task Screening_AcceptThenChangeCoach_CompanyIsActiveWithTheChosenCoach()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var (cohortId, companyId) = await LaunchAsync(manager, "Screened");

        var company = await manager.PostJsonAsync($"/api/companies/{companyId}/screening", new { decision = "accepted" }, HttpStatusCode.OK);

        Assert.Equal("Active", company.GetProperty("status").GetString());
        var coaches = (await manager.GetJsonAsync($"/api/cohorts/{cohortId}")).GetProperty("coaches").EnumerateArray().ToList();
        var other = coaches.Single(c => c.GetProperty("id").GetGuid() != company.GetProperty("coachId").GetGuid()).GetProperty("id").GetGuid();
        using var change = await manager.PutAsJsonAsync($"/api/companies/{companyId}/coach", new { coachId = other });
        var assignment = await change.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(other, assignment.GetProperty("coachId").GetGuid());
        Assert.Equal(other, (await manager.GetJsonAsync($"/api/companies/{companyId}")).GetProperty("coachId").GetGuid());
    }

    [Theory]
    [InlineData(null, "Dossier incomplet : pas de budget.")]
    [InlineData(true, "Dossier incomplet : pas de budget.")]
    [InlineData(false, null)]
    public async Task Screening_ShareReasonsOrNot_TheCompanysEmailGivesThemOnlyWhenShared(bool? shareReasons, string? mailed)
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var (_, companyId) = await LaunchAsync(manager, $"Reasons shared {shareReasons}");

        var company = await manager.PostJsonAsync($"/api/companies/{companyId}/screening", new { decision = "rejected", reasons = "Dossier incomplet : pas de budget.", shareReasons }, HttpStatusCode.OK);

        Assert.Equal("Dossier incomplet : pas de budget.", company.GetProperty("statusReason").GetString());
        await using var db = await demo.Factory.DomainAsync();
        var message = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Key == $"company-{companyId:D}/screening-rejected");
        using var data = System.Text.Json.JsonDocument.Parse(message.Data);
        var reasons = data.RootElement.GetProperty("reasons");
        Assert.Equal(mailed, reasons.ValueKind == System.Text.Json.JsonValueKind.Null ? null : reasons.GetString());
    }

    [Fact]
    public async Task Screening_BadDecisionOrMissingReasons_Answers400NamingTheField()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var (_, companyId) = await LaunchAsync(manager, "Badly screened");

        using var bad = await manager.PostAsJsonAsync($"/api/companies/{companyId}/screening", new { decision = "maybe" });
        using var noReasons = await manager.PostAsJsonAsync($"/api/companies/{companyId}/screening", new { decision = "rejected" });
        using var missing = await manager.PostAsJsonAsync($"/api/companies/{companyId}/screening", new { reasons = "none" });

        await bad.AssertProblemAsync(HttpStatusCode.BadRequest, "decision");
        await noReasons.AssertProblemAsync(HttpStatusCode.BadRequest, "reasons");
        await missing.AssertProblemAsync(HttpStatusCode.BadRequest, "decision");
    }

    [Fact]
    public async Task ChangeCoach_UnknownCoach_Answers404NamingCoachId()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var (_, companyId) = await LaunchAsync(manager, "Unknown coach");

        using var response = await manager.PutAsJsonAsync($"/api/companies/{companyId}/coach", new { coachId = Guid.NewGuid() });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "coachId");
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private static object Plan(string name, bool launch, string companyName = "Atelier Neuf") => new
    {
        programmeId = "boost-innovation",
        name,
        startDate = "2026-09-01",
        companies = new[]
        {
            new { name = companyName, sector = "crafts", headcount = 4, location = "Sèvres", contactEmail = "contact@atelier-neuf.example", needs = new[] { "marketing" } },
            new { name = "Brasserie Nouvelle", sector = "food", headcount = 9, location = "Vanves", contactEmail = "contact@brasserie.example", needs = new[] { "export" } },
        },
        coaches = new[]
        {
            new { name = "Anne Petit", email = "anne.petit@example.fr", capacity = 5, expertise = new[] { "marketing" } },
            new { name = "Paul Blanc", email = "paul.blanc@example.fr", capacity = 5, expertise = new[] { "export" } },
        },
        funders = new[] { new { name = "Département", email = "finance@departement.example", share = 0.5m } },
        launch,
    };

    private static async Task<(Guid CohortId, Guid CompanyId)> LaunchAsync(HttpClient manager, string name)
    {
        var created = await manager.PostJsonAsync("/api/cohorts", Plan(name, launch: true), HttpStatusCode.Created);
        var cohortId = created.GetProperty("cohortId").GetGuid();
        var companies = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/companies");
        return (cohortId, companies[0].GetProperty("id").GetGuid());
    }
}
