using System.Net;
using System.Text.Json;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Coach;

/// <summary>The coach's read endpoints, and every refusal of the outcome endpoint (none of which changes data).</summary>
public sealed class CoachApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Sessions_Coach_AnswersExactlyTheirOwnSessionsAcrossCohorts()
    {
        using var leroy = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);
        using var martin = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var leroys = JsonDocument.Parse(await leroy.GetStringAsync("/api/coach/sessions"));
        using var martins = JsonDocument.Parse(await martin.GetStringAsync("/api/coach/sessions"));

        var expected = await demo.Factory.SessionsOfAsync(TestAccounts.CoachLeroy);
        var ids = leroys.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(s => s.Id).Order(), ids.Order());
        Assert.Equal(expected.Select(s => s.PlannedAt), leroys.RootElement.EnumerateArray().Select(s => s.GetProperty("plannedAt").GetDateTimeOffset())); // in time order
        Assert.Empty(ids.Intersect(martins.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetGuid())));
        var first = leroys.RootElement[0];
        Assert.Equal("Coaching", first.GetProperty("kind").GetString());
        Assert.NotEqual(0, first.GetProperty("companies").GetArrayLength());
    }

    [Fact]
    public async Task Sessions_Range_AnswersOnlyThatRangeWithLateFlags()
    {
        var late = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var sessions = JsonDocument.Parse(await client.GetStringAsync("/api/coach/sessions?from=2026-03-01T00:00:00Z&to=2026-03-31T00:00:00Z"));

        var expected = (await demo.Factory.SessionsOfAsync(TestAccounts.CoachMartin))
            .Where(s => s.PlannedAt >= new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero) && s.PlannedAt < new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.Zero))
            .ToList();
        Assert.NotEmpty(expected);
        var answered = sessions.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("id").GetGuid(), s => s.GetProperty("late").GetBoolean());
        Assert.Equal(expected.Select(s => s.Id).Order(), answered.Keys.Order());
        Assert.All(expected, s => Assert.Equal(s.IsLate(DemoHostFixture.Now), answered[s.Id]));
        Assert.True(answered[late.Id]);
    }

    [Fact]
    public async Task Sessions_RangeBackwards_Answers400NamingTo()
    {
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var response = await client.GetAsync("/api/coach/sessions?from=2026-03-31T00:00:00Z&to=2026-03-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["to"], problem.ErrorFields());
    }

    [Theory]
    [InlineData(TestAccounts.Manager, "/api/coach/sessions")]
    [InlineData(TestAccounts.Funder, "/api/coach/sessions")]
    [InlineData(TestAccounts.Manager, "/api/coach/companies")]
    [InlineData(TestAccounts.Funder, "/api/coach/companies")]
    [InlineData(TestAccounts.Funder, "/api/coach/calendar.ics")]
    public async Task CoachEndpoints_OtherRoles_Answer403(string email, string path)
    {
        using var client = await demo.Factory.CreateApiClientAsync(email);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/coach/sessions")]
    [InlineData("/api/coach/companies")]
    [InlineData("/api/coach/calendar.ics")]
    public async Task CoachEndpoints_NotSignedIn_Answer401(string path)
    {
        using var client = demo.Factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Companies_Coach_AnswersTheirCompaniesWithSessionCounts()
    {
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var companies = JsonDocument.Parse(await client.GetStringAsync("/api/coach/companies"));

        var expected = await demo.Factory.CompaniesOfAsync(TestAccounts.CoachMartin);
        var sessions = await demo.Factory.SessionsOfAsync(TestAccounts.CoachMartin);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(c => c.Id).Order(), companies.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).Order());
        foreach (var company in companies.RootElement.EnumerateArray())
        {
            var id = company.GetProperty("id").GetGuid();
            Assert.Equal(sessions.Count(s => s.CompanyIds.Contains(id) && s.IsHeld), company.GetProperty("sessionsHeld").GetInt32());
            Assert.Equal(sessions.Count(s => s.CompanyIds.Contains(id) && s.IsLate(DemoHostFixture.Now)), company.GetProperty("sessionsLate").GetInt32());
            Assert.Equal("Active", company.GetProperty("status").GetString());
            Assert.NotEqual(0, company.GetProperty("needs").GetArrayLength());
        }

        Assert.Contains(companies.RootElement.EnumerateArray(), c => c.GetProperty("sessionsHeld").GetInt32() > 0);
    }

    [Fact]
    public async Task GetSession_ItsCoachManagerAndFunder_AnswerIt()
    {
        var session = (await demo.Factory.SessionsOfAsync(TestAccounts.CoachMartin)).First(s => s.IsHeld);
        foreach (var email in new[] { TestAccounts.CoachMartin, TestAccounts.Manager, TestAccounts.Funder })
        {
            using var client = await demo.Factory.CreateApiClientAsync(email);

            using var details = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{session.Id}"));

            Assert.Equal(session.Title, details.RootElement.GetProperty("title").GetString());
            Assert.Equal(session.CompanyIds, details.RootElement.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
            Assert.Equal(session.Outcome!.Notes, details.RootElement.GetProperty("outcome").GetProperty("notes").GetString());
            Assert.False(details.RootElement.GetProperty("canRecord").GetBoolean());
        }
    }

    [Fact]
    public async Task GetSession_CollectiveEventWithTheirCompanies_ShowsOnlyTheirCompanies()
    {
        var theirs = (await demo.Factory.CompaniesOfAsync(TestAccounts.CoachMartin)).Select(c => c.Id).ToHashSet();
        var events = await demo.Factory.EventsAsync();
        var visit = events.First(s => s.CompanyIds.Any(theirs.Contains) && s.CompanyIds.Any(id => !theirs.Contains(id)));
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var details = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{visit.Id}"));

        var shown = details.RootElement.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(visit.CompanyIds.Where(theirs.Contains).Order(), shown.Order());
        if (details.RootElement.GetProperty("outcome").ValueKind == JsonValueKind.Object)
        {
            Assert.All(details.RootElement.GetProperty("outcome").GetProperty("attendance").EnumerateArray(), a => Assert.Contains(a.GetProperty("companyId").GetGuid(), theirs));
        }

        Assert.False(details.RootElement.GetProperty("canRecord").GetBoolean());
    }

    [Fact]
    public async Task GetSession_AnotherCoach_Answers403()
    {
        var session = (await demo.Factory.SessionsOfAsync(TestAccounts.CoachMartin)).First();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachBenali);

        using var response = await client.GetAsync($"/api/sessions/{session.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetSession_Unknown_Answers404NamingSessionId()
    {
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var response = await client.GetAsync($"/api/sessions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["sessionId"], problem.ErrorFields());
    }

    [Theory]
    [InlineData(TestAccounts.CoachBenali)]
    [InlineData(TestAccounts.CoachLeroy)]
    [InlineData(TestAccounts.Funder)]
    public async Task RecordOutcome_NeitherItsCoachNorManager_Answers403AndStoresNothing(string email)
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreateApiClientAsync(email);

        var (status, _) = await client.PostJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Null((await demo.Factory.SessionAsync(session.Id)).Outcome);
    }

    [Fact]
    public async Task RecordOutcome_NotSignedIn_Answers401()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = demo.Factory.CreateClient();

        var (status, _) = await client.PostJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task RecordOutcome_UnknownSession_Answers404NamingSessionId()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var (status, problem) = await client.PostJsonAsync($"/api/sessions/{Guid.NewGuid()}/outcome", CoachData.OutcomeBody(session));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(["sessionId"], problem.ErrorFields());
    }

    [Fact]
    public async Task RecordOutcome_EmptyBody_Answers400NamingAttendanceAndNotes()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var (status, problem) = await client.PostJsonAsync($"/api/sessions/{session.Id}/outcome", new { });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["attendance", "notes"], problem.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RecordOutcome_BlankFields_Answers400NamingEachField()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var body = new
        {
            attendance = session.CompanyIds.Select(id => new { companyId = (Guid?)id, present = (bool?)null }),
            notes = "  ",
            actions = new[] { new { description = "", owner = "The coach" }, new { description = "Call the bank", owner = " " } },
            visitors = -1,
        };

        var (status, problem) = await client.PostJsonAsync($"/api/sessions/{session.Id}/outcome", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            ["actions[0].description", "actions[1].owner", "attendance[0].present", "notes", "visitors"],
            problem.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Null((await demo.Factory.SessionAsync(session.Id)).Outcome);
    }

    [Fact]
    public async Task RecordOutcome_MissingCompany_Answers400NamingAttendance()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var (status, problem) = await client.PostJsonAsync($"/api/sessions/{session.Id}/outcome", new { attendance = Array.Empty<object>(), notes = "Met." });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["attendance"], problem.ErrorFields());
    }

    [Fact]
    public async Task RecordOutcome_UnexpectedCompany_Answers400NamingAttendance()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var stranger = (await demo.Factory.CompaniesOfAsync(TestAccounts.CoachLeroy)).First().Id;
        var body = new
        {
            attendance = session.CompanyIds.Select(id => new { companyId = id, present = true }).Append(new { companyId = stranger, present = true }),
            notes = "Met.",
        };

        var (status, problem) = await client.PostJsonAsync($"/api/sessions/{session.Id}/outcome", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([$"attendance[{session.CompanyIds.Count}].companyId"], problem.ErrorFields());
        Assert.Null((await demo.Factory.SessionAsync(session.Id)).Outcome);
    }
}
