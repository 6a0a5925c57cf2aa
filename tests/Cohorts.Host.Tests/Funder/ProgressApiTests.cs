using System.Net;
using System.Text.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Funder;

/// <summary>GET /api/cohorts/{id}/progress and /api/funder/cohorts on the demo data, read only.</summary>
public sealed class ProgressApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Progress_DemoFunder_FiguresEqualThoseCountedInTheDatabase()
    {
        var cohort = await demo.Factory.CohortAsync();
        await using var db = await demo.Factory.DomainAsync();
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohort.Id).ToListAsync();
        var companies = await db.Companies.AsNoTracking().Where(c => c.CohortId == cohort.Id).ToListAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        var progress = await (await client.GetAsync($"/api/cohorts/{cohort.Id}/progress")).JsonAsync();

        var held = sessions.Count(s => s.Outcome is not null);
        var late = sessions.Count(s => s.Outcome is null && s.PlannedAt < DemoHostFixture.Now);
        Assert.True(held > 50, $"The demo has held sessions ({held}).");
        Assert.True(late > 0, "The demo leaves the last days' sessions unrecorded.");
        var totals = progress.GetProperty("totals");
        Assert.Equal(sessions.Count, totals.GetProperty("sessionsPlanned").GetInt32());
        Assert.Equal(held, totals.GetProperty("sessionsHeld").GetInt32());
        Assert.Equal(late, totals.GetProperty("sessionsLate").GetInt32());
        var expected = sessions.Where(s => s.Outcome is not null).Sum(s => s.CompanyIds.Count);
        var present = sessions.Where(s => s.Outcome is not null).Sum(s => s.Outcome!.Attendance.Count(a => a.Present && s.CompanyIds.Contains(a.CompanyId)));
        Assert.Equal(Math.Round(100m * present / expected, 1), totals.GetProperty("attendanceRate").GetDecimal());

        var kpis = progress.GetProperty("kpis").EnumerateArray().ToDictionary(k => k.GetProperty("kpi").GetString()!);
        Assert.Equal(held, kpis["sessionsHeld"].GetProperty("current").GetDecimal());
        Assert.Equal(228m, kpis["sessionsHeld"].GetProperty("target").GetDecimal());
        Assert.Equal(Math.Round(100m * held / 228m, 1), kpis["sessionsHeld"].GetProperty("percent").GetDecimal());
        Assert.Equal(17m, kpis["companiesEnrolled"].GetProperty("current").GetDecimal());
        Assert.Equal("met", kpis["companiesEnrolled"].GetProperty("status").GetString());
        Assert.True(kpis["companiesEnrolled"].GetProperty("onTrack").GetBoolean());
        Assert.Equal("noTarget", kpis["visitors"].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, kpis["visitors"].GetProperty("onTrack").ValueKind);

        // Sessions from the workflows' plan, not at the rate so far: Boost's journey plans 12 coaching sessions a company
        // and its cohort's workflow 24 events (Innov Tour and Happy Innov, monthly). The demo's sessions all go to plan
        // (none cancelled, none a no-show), so held and still to come make the target, 228, on track (the rate so far
        // would say 234.5 on this day: more than the programme plans).
        Assert.DoesNotContain(sessions, s => s.IsCancelled || s.Outcome is { NoShow: true });
        Assert.Equal(228m, kpis["sessionsHeld"].GetProperty("forecast").GetDecimal());
        Assert.Equal("onTrack", kpis["sessionsHeld"].GetProperty("status").GetString());

        // Milestones from the journey's plan, not at the rate so far: Boost's journey plans two a company (the mid-term
        // and the final review), none decided yet for the 17 companies on course, so 34 are to come: on track for 34,
        // where the rate so far (none passed) would say at risk.
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohort.Id).ToListAsync();
        Assert.DoesNotContain(milestones, m => m.FinalDecision is not null);
        Assert.Equal(34m, kpis["milestonesPassed"].GetProperty("target").GetDecimal());
        Assert.Equal(34m, kpis["milestonesPassed"].GetProperty("forecast").GetDecimal());
        Assert.Equal("onTrack", kpis["milestonesPassed"].GetProperty("status").GetString());

        var rows = progress.GetProperty("companies").EnumerateArray().ToList();
        Assert.Equal(17, rows.Count);
        foreach (var row in rows)
        {
            var id = row.GetProperty("companyId").GetGuid();
            var company = companies.Single(c => c.Id == id);
            Assert.Equal(company.Location, row.GetProperty("town").GetString());
            Assert.Equal(sessions.Count(s => s.CompanyIds.Contains(id) && s.Outcome is not null), row.GetProperty("sessionsHeld").GetInt32());
            Assert.Equal(sessions.Count(s => s.CompanyIds.Contains(id)), row.GetProperty("sessionsPlanned").GetInt32());
            Assert.False(string.IsNullOrEmpty(row.GetProperty("coach").GetString()));
        }

        var funding = progress.GetProperty("funding");
        Assert.Equal(0.5m, funding.GetProperty("cofundingShare").GetDecimal());
        Assert.Equal(0.5m, funding.GetProperty("yourShare").GetDecimal());
        Assert.Equal("Département des Hauts-de-Seine", funding.GetProperty("funders")[0].GetProperty("name").GetString());

        // Boost Innovation's budget from the article: the Département's 100,000 euros are 50% of the total.
        Assert.Equal(200_000m, funding.GetProperty("budget").GetDecimal());
        Assert.Equal("EUR", funding.GetProperty("currency").GetString());
        Assert.Equal(100_000m, funding.GetProperty("funders")[0].GetProperty("committed").GetDecimal());
        Assert.Equal(100_000m, funding.GetProperty("yourCommitment").GetDecimal());
        Assert.Equal(100_000m, funding.GetProperty("organiserShare").GetDecimal());
    }

    [Fact]
    public async Task Progress_Manager_SeesItWithoutAShare()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var progress = await (await client.GetAsync($"/api/cohorts/{cohort.Id}/progress")).JsonAsync();

        Assert.Equal(FunderData.Batisseurs, progress.GetProperty("cohortName").GetString());
        Assert.Equal(JsonValueKind.Null, progress.GetProperty("funding").GetProperty("yourShare").ValueKind);
    }

    [Theory]
    [InlineData("progress")]
    [InlineData("progress.csv")]
    [InlineData("progress.csv?table=kpis")]
    [InlineData("progress.xlsx")]
    [InlineData("charts/kpis.png")]
    [InlineData("charts/sessions.png")]
    public async Task ProgressEndpoints_CoachOfTheCohort_Answers403(string path)
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/{path}");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("progress")]
    [InlineData("progress.csv")]
    [InlineData("progress.xlsx")]
    [InlineData("charts/kpis.png")]
    public async Task ProgressEndpoints_FunderWithoutFunderRecord_Answers403(string path)
    {
        var cohort = await demo.Factory.CohortAsync();
        var email = $"other-funder-{Guid.NewGuid():N}@example.org";
        await demo.Factory.CreateUserAsync(email, CohortsRoles.Funder);
        using var client = await demo.Factory.CreateApiClientAsync(email);

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/{path}");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Progress_DemoFunderOnACohortItDoesNotFund_Answers403NamingNothingOfIt()
    {
        var openLab = await demo.Factory.OpenLabIdAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        string cohortName;
        await using (var db = await demo.Factory.DomainAsync())
        {
            cohortName = await db.Cohorts.Where(c => c.Id == openLab).Select(c => c.Name).SingleAsync();
        }

        var company = (await manager.GetJsonAsync($"/api/cohorts/{openLab}/companies")).EnumerateArray().First();

        using var response = await client.GetAsync($"/api/cohorts/{openLab}/progress");
        using var companyResponse = await client.GetAsync($"/api/companies/{company.GetProperty("id").GetGuid()}");

        // Refused without saying what the funder may not see: no cohort's or company's name in the problem.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, companyResponse.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        var companyProblem = await companyResponse.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":403", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(cohortName, problem, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(company.GetProperty("name").GetString()!, companyProblem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Progress_ManagerOfAnotherProgramme_Answers403()
    {
        var cohort = await demo.Factory.CohortAsync();
        var email = $"other-manager-{Guid.NewGuid():N}@example.org";
        await demo.Factory.CreateUserAsync(email, CohortsRoles.Manager);
        using var client = await demo.Factory.CreateApiClientAsync(email);

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/progress");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("progress")]
    [InlineData("progress.csv")]
    [InlineData("charts/kpis.png")]
    public async Task ProgressEndpoints_NotSignedIn_Answer401(string path)
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = demo.Factory.CreateClient();

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/{path}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Progress_AfterACohortList_SameAnswersFromTheListsKeptRows()
    {
        // A list keeps every cohort's row until the next commit; the progress's access check then reads them there.
        var cohort = await demo.Factory.CohortAsync();
        var openLab = await demo.Factory.OpenLabIdAsync();
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var before = await (await funder.GetAsync($"/api/cohorts/{cohort.Id}/progress")).JsonAsync();

        using (var list = await manager.GetAsync("/api/cohorts"))
        {
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        }

        var after = await (await funder.GetAsync($"/api/cohorts/{cohort.Id}/progress")).JsonAsync();
        Assert.Equal(before.GetProperty("totals").GetRawText(), after.GetProperty("totals").GetRawText());
        using var notFunded = await funder.GetAsync($"/api/cohorts/{openLab}/progress");
        await notFunded.AssertProblemAsync(HttpStatusCode.Forbidden);
        using var unknown = await funder.GetAsync($"/api/cohorts/{Guid.NewGuid()}/progress");
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "cohortId");
    }

    [Fact]
    public async Task Progress_UnknownCohort_Answers404NamingCohortId()
    {
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        using var response = await client.GetAsync($"/api/cohorts/{Guid.NewGuid()}/progress");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "cohortId");
    }

    [Fact]
    public async Task FundedCohorts_DemoFunder_ListsLesBatisseursWithItsShare()
    {
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        var cohorts = await (await client.GetAsync("/api/funder/cohorts")).JsonAsync();

        var only = Assert.Single(cohorts.EnumerateArray());
        Assert.Equal(FunderData.Batisseurs, only.GetProperty("name").GetString());
        Assert.Equal(0.5m, only.GetProperty("share").GetDecimal());
        Assert.Equal("Boost Innovation", only.GetProperty("programmeName").GetString());
    }

    [Fact]
    public async Task FundedCohorts_Coach_Answers403()
    {
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);

        using var response = await client.GetAsync("/api/funder/cohorts");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheFunderEndpoints()
    {
        using var client = demo.Factory.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/cohorts/{cohortId}/progress", "/api/cohorts/{cohortId}/progress.csv", "/api/cohorts/{cohortId}/charts/{chart}.png", "/api/milestones/{milestoneId}/decision", "/api/funder/cohorts" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }

        Assert.Contains("\"MilestoneDecisionRequest\"", document, StringComparison.Ordinal);
    }
}
