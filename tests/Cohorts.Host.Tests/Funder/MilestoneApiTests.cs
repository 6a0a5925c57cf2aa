using System.Net;
using System.Net.Http.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Funder;

/// <summary>
/// Milestones and decisions through the API (this class decides milestones on its own demo database). The demo's
/// Boost Innovation milestones (mid-term reviews, due in May 2026) are funder-reviewed; manager-reviewed ones are
/// added here as the MilestoneReview activity adds them.
/// </summary>
public sealed class MilestoneApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task List_DemoFunder_SeesEveryCompanysMidTermReview()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        var milestones = await (await client.GetAsync($"/api/cohorts/{cohort.Id}/milestones")).JsonAsync();

        var funderReviewed = milestones.EnumerateArray().Where(m => m.GetProperty("reviewer").GetString() == "funder").ToList();
        Assert.True(funderReviewed.Count >= 17, $"Each company has a funder-reviewed mid-term review ({funderReviewed.Count}).");
        Assert.Contains(funderReviewed, m => m.GetProperty("name").GetString() == "Revue à mi-parcours");
    }

    [Fact]
    public async Task List_Coach_SeesOnlyTheirCompaniesMilestones()
    {
        var cohort = await demo.Factory.CohortAsync();
        List<Guid> own;
        await using (var db = await demo.Factory.DomainAsync())
        {
            var coachId = await db.Coaches.Where(c => c.CohortId == cohort.Id && c.Email == TestAccounts.CoachMartin).Select(c => c.Id).SingleAsync();
            own = await db.Companies.Where(c => c.CoachId == coachId).Select(c => c.Id).ToListAsync();
        }

        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var milestones = await (await client.GetAsync($"/api/cohorts/{cohort.Id}/milestones")).JsonAsync();

        Assert.NotEmpty(milestones.EnumerateArray());
        Assert.All(milestones.EnumerateArray(), m => Assert.Contains(m.GetProperty("companyId").GetGuid(), own));
    }

    [Fact]
    public async Task Get_CoachOfAnotherCompany_Answers403()
    {
        var (milestoneId, _) = await OthersMilestoneAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var response = await client.GetAsync($"/api/milestones/{milestoneId}");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Decide_DemoFunderPasses_RecordsItAndASecondDecisionAnswers409()
    {
        var milestoneId = await PendingFunderMilestoneAsync(0);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        var decided = await (await client.PostAsJsonAsync($"/api/milestones/{milestoneId}/decision", new { outcome = "passed", reason = "Plan d'action engagé." })).JsonAsync();
        using var again = await client.PostAsJsonAsync($"/api/milestones/{milestoneId}/decision", new { outcome = "failed", reason = "Changement d'avis." });

        Assert.Equal("passed", decided.GetProperty("outcome").GetString());
        Assert.Equal("Département des Hauts-de-Seine", decided.GetProperty("decisions")[0].GetProperty("decidedBy").GetString());
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "milestoneId");
        var read = await (await client.GetAsync($"/api/milestones/{milestoneId}")).JsonAsync();
        Assert.Equal("passed", read.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Decide_NeedsWorkWithNewDueDate_MovesTheDueDateAndStaysOpen()
    {
        var milestoneId = await PendingFunderMilestoneAsync(1);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        var newDue = DemoHostFixture.Now.AddDays(90);

        var decided = await (await client.PostAsJsonAsync($"/api/milestones/{milestoneId}/decision", new { outcome = "needsWork", reason = "Plan d'action à préciser.", newDueAt = newDue })).JsonAsync();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, decided.GetProperty("outcome").ValueKind);
        Assert.Equal(newDue, decided.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("needsWork", decided.GetProperty("decisions")[0].GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("""{"outcome":"maybe","reason":"?"}""", "outcome")]
    [InlineData("""{"outcome":"2","reason":"?"}""", "outcome")]
    [InlineData("""{"outcome":"needsWork","reason":"Plan à préciser."}""", "newDueAt")]
    [InlineData("""{"outcome":"failed"}""", "reason")]
    [InlineData("""{"outcome":"passed","reason":"x","newDueAt":"2099-05-01T10:00:00Z"}""", "newDueAt")]
    [InlineData("""{"outcome":"failed","reason":"x","newDueAt":"2099-05-01T10:00:00Z"}""", "newDueAt")]
    public async Task Decide_BadInput_Answers400NamingTheField(string body, string field)
    {
        var milestoneId = await PendingFunderMilestoneAsync(2);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        using var response = await client.PostAsync($"/api/milestones/{milestoneId}/decision", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Decide_UnknownMilestone_Answers404NamingMilestoneId()
    {
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        using var response = await client.PostAsJsonAsync($"/api/milestones/{Guid.NewGuid()}/decision", new { outcome = "passed" });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "milestoneId");
    }

    [Fact]
    public async Task Decide_Coach_Answers403()
    {
        var (milestoneId, _) = await OthersMilestoneAsync(TestAccounts.CoachBenali, own: true);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachBenali);

        using var response = await client.PostAsJsonAsync($"/api/milestones/{milestoneId}/decision", new { outcome = "passed" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Decide_ManagerOnAFunderReviewedMilestone_Answers403()
    {
        var milestoneId = await PendingFunderMilestoneAsync(3);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await client.PostAsJsonAsync($"/api/milestones/{milestoneId}/decision", new { outcome = "passed" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Decide_FunderOnAManagerReviewedMilestone_Answers403AndTheManagerDecidesIt()
    {
        var cohort = await demo.Factory.CohortAsync();
        var milestoneId = await demo.Factory.AddMilestoneAsync(cohort.Id, ReviewerRole.Manager, DemoHostFixture.Now.AddDays(10));
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var refused = await funder.PostAsJsonAsync($"/api/milestones/{milestoneId}/decision", new { outcome = "passed" });
        var decided = await (await manager.PostAsJsonAsync($"/api/milestones/{milestoneId}/decision", new { outcome = "passed" })).JsonAsync();

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("passed", decided.GetProperty("outcome").GetString());
        Assert.Equal(TestAccounts.Manager, decided.GetProperty("decisions")[0].GetProperty("decidedBy").GetString());
    }

    [Fact]
    public async Task Decide_FunderWithoutFunderRecord_Answers403()
    {
        var milestoneId = await PendingFunderMilestoneAsync(4);
        var email = $"funder-{Guid.NewGuid():N}@example.org";
        await demo.Factory.CreateUserAsync(email, CohortsRoles.Funder);
        using var client = await demo.Factory.CreateApiClientAsync(email);

        using var response = await client.PostAsJsonAsync($"/api/milestones/{milestoneId}/decision", new { outcome = "passed" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Decide_NotSignedIn_Answers401()
    {
        var milestoneId = await PendingFunderMilestoneAsync(5);
        using var client = demo.Factory.CreateClient();

        using var response = await client.PostAsJsonAsync($"/api/milestones/{milestoneId}/decision", new { outcome = "passed" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>An undecided funder-reviewed milestone, a different one per test (by company name order, from the end).</summary>
    private async Task<Guid> PendingFunderMilestoneAsync(int index)
    {
        var cohort = await demo.Factory.CohortAsync();
        await using var db = await demo.Factory.DomainAsync();
        var companies = await db.Companies.Where(c => c.CohortId == cohort.Id).OrderByDescending(c => c.Name).Select(c => c.Id).ToListAsync();
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohort.Id && m.Reviewer == ReviewerRole.Funder).ToListAsync();
        return milestones.Single(m => m.CompanyId == companies[index] && m.Decisions.Count == 0).Id;
    }

    /// <summary>A milestone of a company the coach does not coach (or, with <paramref name="own"/>, one they do).</summary>
    private async Task<(Guid MilestoneId, Guid CompanyId)> OthersMilestoneAsync(string coachEmail, bool own = false)
    {
        var cohort = await demo.Factory.CohortAsync();
        await using var db = await demo.Factory.DomainAsync();
        var coachId = await db.Coaches.Where(c => c.CohortId == cohort.Id && c.Email == coachEmail).Select(c => c.Id).SingleAsync();
        var company = await db.Companies.Where(c => c.CohortId == cohort.Id && (own ? c.CoachId == coachId : c.CoachId != coachId)).OrderBy(c => c.Name).FirstAsync();
        var milestone = await db.Milestones.Where(m => m.CompanyId == company.Id).Select(m => m.Id).FirstAsync();
        return (milestone, company.Id);
    }
}
