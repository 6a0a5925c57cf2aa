using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cohorts.Host.Tests.Coach;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Limits;

/// <summary>
/// Oversized and out-of-range input thrown at each write endpoint and the main page forms: a 400 naming the field
/// (or 413 for a body past its size), never a 5xx, and nothing changed.
/// </summary>
public sealed class InputLimitsApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private static readonly string Huge = new('x', 200_000);

    public static TheoryData<string, object> CohortBodies => new()
    {
        { "name", Cohort(name: Huge) },
        { "companies[3].name", Cohort(companies: [.. Companies(3), Company("x", Huge)]) },
        { "companies[0].sector", Cohort(companies: [Company("0", sector: new string('s', InputLimits.MaxShortTextLength + 1))]) },
        { "companies[0].needs", Cohort(companies: [Company("0", needs: [.. Enumerable.Range(0, InputLimits.MaxTags + 1).Select(i => $"n{i}")])]) },
        { "companies", Cohort(companies: Companies(InputLimits.MaxCompaniesPerCohort + 1)) },
        { "coaches[0].name", Cohort(coachName: new string('c', InputLimits.MaxNameLength + 1)) },
        { "startDate", Cohort(startDate: "9999-12-31") },
        { "startDate", Cohort(startDate: "9999-01-01") },
        { "startDate", Cohort(startDate: "0001-01-02") },
        { "endDate", Cohort(endDate: "9999-12-31") },

        // Addresses that are not ones were stored, and the coach's invitation written to them.
        { "coaches[0].email", Cohort(coachEmail: "zzz") },
        { "coaches[0].email", Cohort(coachEmail: "=HYPERLINK(\"http://x\",\"y\")@x.fr") },
        { "coaches[0].email", Cohort(coachEmail: "anne\u202e@coaches.example") },
        { "companies[1].contactEmail", Cohort(companies: [Company("0"), Company("1", email: "a b@example.fr")]) },
        { "companies[0].contactEmail", Cohort(companies: [Company("0", email: "\"Boss\" <boss@example.fr>")]) },
    };

    [Theory]
    [MemberData(nameof(CohortBodies))]
    public async Task CreateCohort_OversizedOrOutOfRange_Answers400NamingTheFieldAndCreatesNothing(string field, object body)
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var before = await CountAsync(db => db.Cohorts.CountAsync());

        var (status, problem) = await manager.PostJsonAsync("/api/cohorts", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(field, problem.ErrorFields());
        Assert.Equal(before, await CountAsync(db => db.Cohorts.CountAsync()));
    }

    [Fact]
    public async Task CreateCohort_AtTheLimits_IsCreated()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var (status, _) = await manager.PostJsonAsync("/api/cohorts", Cohort(name: new string('n', InputLimits.MaxNameLength), startDate: "2100-01-01", endDate: "2100-12-31"));

        Assert.Equal(HttpStatusCode.Created, status);
    }

    [Theory]
    [InlineData("9999-12-31", 17, 3, "startDate")]
    [InlineData("0001-01-02", 17, 3, "startDate")]
    [InlineData("2026-09-01", InputLimits.MaxSimulatedCompanies + 1, 3, "companies")]
    [InlineData("2026-09-01", 17, InputLimits.MaxSimulatedCoaches + 1, "coaches")]
    public async Task Simulate_OutOfRange_Answers400NamingTheField(string startDate, int companies, int coaches, string field)
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var (status, problem) = await manager.PostJsonAsync("/api/programmes/boost-innovation/simulations", new { startDate, companies, coaches });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(field, problem.ErrorFields());
    }

    [Fact]
    public async Task Screen_ReasonsTooLong_Answers400NamingReasonsAndDecidesNothing()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var company = await FirstCompanyAsync(CompanyStatus.Applied, CompanyStatus.Waitlisted, CompanyStatus.Accepted, CompanyStatus.Active);

        var (status, problem) = await manager.PostJsonAsync($"/api/companies/{company.Id}/screening", new { decision = "rejected", reasons = new string('r', InputLimits.MaxReasonLength + 1) });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["reasons"], problem.ErrorFields());
        Assert.Equal(company.Status, (await FirstCompanyAsync(company.Id)).Status);
    }

    /// <summary>
    /// Targets past a 64-bit integer (the API reads them as decimals) were refused with a 500: the message's number was
    /// made a long. A body without <c>targets</c> (a misspelt name) cleared the cohort's own targets; the misspelt name
    /// is now refused by its own name.
    /// </summary>
    [Theory]
    [InlineData("""{"targets": {"CompaniesEnrolled": 9223372036854775808}}""", "targets.CompaniesEnrolled")]
    [InlineData("""{"targets": {"SessionsHeld": -9223372036854775809}}""", "targets.SessionsHeld")]
    [InlineData("""{"targets": {"Visitors": 79228162514264337593543950335}}""", "targets.Visitors")]
    [InlineData("""{"target": {"SessionsHeld": 12}}""", "target")]
    [InlineData("""{}""", "targets")]
    [InlineData("""{"targets": null}""", "targets")]
    public async Task SetCohortTargets_PastAnyLimitOrLeftOut_Answers400NamingTheFieldAndChangesNothing(string body, string field)
    {
        var cohort = await demo.Factory.CohortAsync();
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using (var set = await manager.PutAsJsonAsync($"/api/cohorts/{cohort.Id}/targets", new { targets = new Dictionary<string, decimal> { ["SessionsHeld"] = 200 } }))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        using var response = await manager.PutAsync($"/api/cohorts/{cohort.Id}/targets", new StringContent(body, Encoding.UTF8, "application/json"));

        var messages = await Web.ProblemAssert.NamesFieldAsync(response, field);
        Assert.DoesNotContain(messages, m => m.Contains("Int64", StringComparison.Ordinal));
        await using var db = await demo.Factory.DomainAsync();
        var targets = (await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohort.Id)).Targets;
        Assert.Equal([(KpiKind.SessionsHeld, 200m)], targets.Select(t => (t.Kpi, t.Target)));
        using var reset = await manager.PutAsJsonAsync($"/api/cohorts/{cohort.Id}/targets", new { targets = new Dictionary<string, decimal>() });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
    }

    [Theory]
    [InlineData("reason")]
    [InlineData("newDueAt")]
    public async Task DecideMilestone_OversizedOrOutOfRange_Answers400NamingTheFieldAndDecidesNothing(string field)
    {
        var cohort = await demo.Factory.CohortAsync();
        var milestoneId = await demo.Factory.AddMilestoneAsync(cohort.Id, ReviewerRole.Manager, DemoHostFixture.Now.AddDays(10));
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        object body = field == "reason"
            ? new { outcome = "failed", reason = new string('r', InputLimits.MaxReasonLength + 1) }
            : new { outcome = "needsWork", reason = "More work.", newDueAt = "9999-12-31T09:00:00+01:00" };

        var (status, problem) = await manager.PostJsonAsync($"/api/milestones/{milestoneId}/decision", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([field], problem.ErrorFields());
        await using var db = await demo.Factory.DomainAsync();
        Assert.Empty((await db.Milestones.AsNoTracking().SingleAsync(m => m.Id == milestoneId)).Decisions);
    }

    public static TheoryData<string, Func<Session, object>> OutcomeBodies => new()
    {
        { "notes", s => Outcome(s, notes: new string('n', InputLimits.MaxNotesLength + 1)) },
        { "actions", s => Outcome(s, actions: [.. Enumerable.Range(0, InputLimits.MaxActions + 1).Select(i => Action($"Action {i}"))]) },
        { "actions[0].description", s => Outcome(s, actions: [Action(new string('d', InputLimits.MaxActionLength + 1))]) },
        { "actions[0].owner", s => Outcome(s, actions: [Action("Call", owner: new string('o', InputLimits.MaxNameLength + 1))]) },
        { "actions[0].dueOn", s => Outcome(s, actions: [Action("Call", dueOn: "9999-12-31")]) },
        { "visitors", s => Outcome(s, visitors: InputLimits.MaxVisitors + 1) },
    };

    [Theory]
    [MemberData(nameof(OutcomeBodies))]
    public async Task RecordOutcome_OversizedOrOutOfRange_Answers400NamingTheFieldAndRecordsNothing(string field, Func<Session, object> body)
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var (status, problem) = await coach.PostJsonAsync($"/api/sessions/{session.Id}/outcome", body(session));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(field, problem.ErrorFields());
        Assert.Null((await demo.Factory.SessionAsync(session.Id)).Outcome);
    }

    [Theory]
    [InlineData("from", "9999-12-31T00:00:00Z")]
    [InlineData("to", "0001-01-02T00:00:00Z")]
    public async Task CoachSessions_QueryDateOutOfRange_Answers400NamingIt(string name, string value)
    {
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var response = await coach.GetAsync($"/api/coach/sessions?{name}={Uri.EscapeDataString(value)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([name], problem.ErrorFields());
    }

    [Fact]
    public async Task AnyApiWrite_BodyPastOneMebibyte_Answers413AndCreatesNothing()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var before = await CountAsync(db => db.Cohorts.CountAsync());
        var body = JsonSerializer.Serialize(Cohort(name: new string('x', (int)InputLimits.MaxApiRequestBodyBytes)));

        using var response = await manager.PostAsync("/api/cohorts", new StringContent(body, Encoding.UTF8, "application/json"));

        // The problem names the body and says the most it may be.
        var problem = await Manager.ApiJson.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "$");
        Assert.Equal("The body is larger than 1,048,576 bytes, the most this address takes: send less.", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await CountAsync(db => db.Cohorts.CountAsync()));
    }

    [Fact]
    public async Task AnyApiWrite_BodyJustUnderTheLimit_IsRead()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var body = JsonSerializer.Serialize(Cohort(name: new string('x', (int)InputLimits.MaxApiRequestBodyBytes - 2_000)));

        using var response = await manager.PostAsync("/api/cohorts", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // read, then refused for the name's length
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("9999-01-01")]
    [InlineData("0001-01-02")]
    public async Task LaunchPage_StartDateOutOfRange_ShowsTheErrorNextToTheFieldAndKeepsTheInput(string startDate)
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        const string launch = "/manage/programmes/boost-innovation/launch";
        var token = await Forms.GetAsync(client, launch);
        var before = await CountAsync(db => db.Cohorts.CountAsync());

        foreach (var handler in new[] { "Preview", "Launch" })
        {
            using var response = await Forms.PostAsync(client, $"{launch}?handler={handler}", token, new Dictionary<string, string>
            {
                ["Form.Name"] = "Far future",
                ["Form.StartDate"] = startDate,
                ["Form.Companies"] = "Atelier Neuf; crafts; 4; Sèvres; contact@atelier-neuf.example; marketing",
                ["Form.Coaches"] = "Anne Petit; anne@coaches.example; 5; marketing",
            });

            var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("A date from ", html, StringComparison.Ordinal);
            Assert.Contains("Atelier Neuf; crafts; 4; Sèvres", html, StringComparison.Ordinal);
        }

        Assert.Equal(before, await CountAsync(db => db.Cohorts.CountAsync()));
    }

    [Fact]
    public async Task LaunchPage_NameTooLong_ShowsTheLimitInFrenchNextToTheName()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        const string launch = "/manage/programmes/boost-innovation/launch?culture=fr";
        var token = await Forms.GetAsync(client, launch);

        using var response = await Forms.PostAsync(client, $"{launch}&handler=Preview", token, new Dictionary<string, string>
        {
            ["Form.Name"] = new('n', InputLimits.MaxNameLength + 1),
            ["Form.StartDate"] = "2026-09-01",
            ["Form.Companies"] = "Atelier Neuf; crafts; 4; Sèvres; contact@atelier-neuf.example; marketing",
            ["Form.Coaches"] = "Anne Petit; anne@coaches.example; 5; marketing",
        });

        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Au plus 200 caractères (201 saisis).", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    public async Task SessionPage_AttendanceThatIsNotYesOrNo_ShowsAnErrorNotA500AndRecordsNothing(string present)
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        var page = $"/coach/sessions/{session.Id}";
        var token = await Forms.GetAsync(client, page);

        using var response = await Forms.PostAsync(client, page, token, new Dictionary<string, string>
        {
            ["Form.Attendance[0].CompanyId"] = session.CompanyIds[0].ToString(),
            ["Form.Attendance[0].Present"] = present,
            ["Form.Notes"] = "Kept notes.",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kept notes.", html, StringComparison.Ordinal);
        Assert.Contains("field-validation-error", html, StringComparison.Ordinal);
        Assert.Null((await demo.Factory.SessionAsync(session.Id)).Outcome);
    }

    [Fact]
    public async Task SessionPage_NotesTooLong_ShowsTheLimitNextToTheNotesAndKeepsThem()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        var page = $"/coach/sessions/{session.Id}";
        var token = await Forms.GetAsync(client, page);
        var notes = new string('n', InputLimits.MaxNotesLength + 1);

        using var response = await Forms.PostAsync(client, page, token, new Dictionary<string, string>
        {
            ["Form.Attendance[0].CompanyId"] = session.CompanyIds[0].ToString(),
            ["Form.Attendance[0].Present"] = "true",
            ["Form.Notes"] = notes,
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("At most 8,000 characters (8,001 given).", html, StringComparison.Ordinal);
        Assert.Contains(notes, html, StringComparison.Ordinal);
        Assert.Null((await demo.Factory.SessionAsync(session.Id)).Outcome);
    }

    [Fact]
    public async Task BoardPage_CompanyIdThatIsNotOne_ShowsAnErrorNotA500()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var board = $"/manage/cohorts/{cohort.Id}";
        var token = await Forms.GetAsync(client, board);

        using var response = await Forms.PostAsync(client, $"{board}?handler=Screen", token, new Dictionary<string, string> { ["companyId"] = "not-a-guid", ["decision"] = "accepted" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The form could not be read", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static object Cohort(string name = "Limits", string startDate = "2026-09-01", string? endDate = null, object[]? companies = null, string coachName = "Anne Petit", string coachEmail = "anne.limits@coaches.example") => new
    {
        programmeId = "boost-innovation",
        name,
        startDate,
        endDate,
        companies = companies ?? Companies(2),
        coaches = new[] { new { name = coachName, email = coachEmail, capacity = 5, expertise = new[] { "marketing" } } },
    };

    private static object[] Companies(int count) => [.. Enumerable.Range(0, count).Select(i => Company(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    private static object Company(string suffix, string? name = null, string sector = "crafts", string[]? needs = null, string? email = null) =>
        new { name = name ?? $"Company {suffix}", sector, headcount = 4, location = "Sèvres", contactEmail = email ?? $"c{suffix}@example.fr", needs = needs ?? ["marketing"] };

    private static object Outcome(Session session, string notes = "Notes.", object[]? actions = null, int? visitors = null) => new
    {
        attendance = session.CompanyIds.Select(id => new { companyId = id, present = true }),
        notes,
        actions = actions ?? [],
        visitors,
    };

    private static object Action(string description, string owner = "The company", string dueOn = "2026-04-01") => new { description, owner, dueOn };

    private async Task<int> CountAsync(Func<Cohorts.Workflows.Persistence.CohortsDbContext, Task<int>> count)
    {
        await using var db = await demo.Factory.DomainAsync();
        return await count(db);
    }

    private async Task<Company> FirstCompanyAsync(params CompanyStatus[] statuses)
    {
        await using var db = await demo.Factory.DomainAsync();
        return await db.Companies.AsNoTracking().OrderBy(c => c.Name).FirstAsync(c => statuses.Contains(c.Status));
    }

    private async Task<Company> FirstCompanyAsync(Guid id)
    {
        await using var db = await demo.Factory.DomainAsync();
        return await db.Companies.AsNoTracking().SingleAsync(c => c.Id == id);
    }
}
