using System.Net;
using System.Net.Http.Json;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Runtime;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Coach;

/// <summary>Plans change through the API: sessions moved, cancelled, no-shows, corrections; companies added and withdrawn.</summary>
public sealed class PlanChangeApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private static readonly DateTimeOffset NextWeek = DemoHostFixture.Now.AddDays(7);

    [Fact]
    public async Task Reschedule_ItsCoach_Answers200AndMovesIt()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, DemoHostFixture.Now.AddDays(3));
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var moved = await client.PostJsonAsync($"/api/sessions/{session.Id}/reschedule", new { at = NextWeek, reason = "The director is away." }, HttpStatusCode.OK);

        Assert.Equal(NextWeek, moved.GetProperty("plannedAt").GetDateTimeOffset());
        Assert.Equal(1, moved.GetProperty("rescheduleCount").GetInt32());
        Assert.Equal(NextWeek, (await demo.Factory.SessionAsync(session.Id)).PlannedAt);
    }

    [Fact]
    public async Task Reschedule_NoTimeNoReason_Answers400NamingBothAndChangesNothing()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, DemoHostFixture.Now.AddDays(3));
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var response = await client.PostAsJsonAsync($"/api/sessions/{session.Id}/reschedule", new { reason = " " });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "at");
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(session.PlannedAt, (await demo.Factory.SessionAsync(session.Id)).PlannedAt);
    }

    [Fact]
    public async Task Reschedule_IntoThePast_Answers400NamingAt()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, DemoHostFixture.Now.AddDays(3));
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var response = await client.PostAsJsonAsync($"/api/sessions/{session.Id}/reschedule", new { at = DemoHostFixture.Now.AddDays(-1), reason = "Oops" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "at");
    }

    [Fact]
    public async Task Reschedule_AnotherCoachsSession_Answers403AndUnknown404()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, DemoHostFixture.Now.AddDays(3));
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);

        using var refused = await client.PostAsJsonAsync($"/api/sessions/{session.Id}/reschedule", new { at = NextWeek, reason = "Mine now" });
        using var unknown = await client.PostAsJsonAsync($"/api/sessions/{Guid.NewGuid()}/reschedule", new { at = NextWeek, reason = "Nobody's" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Cancel_ByTheManager_Answers200ThenTwice409()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachBenali, DemoHostFixture.Now.AddDays(2));
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var cancelled = await client.PostJsonAsync($"/api/sessions/{session.Id}/cancel", new { reason = "Strike: no trains." }, HttpStatusCode.OK);
        using var again = await client.PostAsJsonAsync($"/api/sessions/{session.Id}/cancel", new { reason = "Again" });

        Assert.Equal(System.Text.Json.JsonValueKind.String, cancelled.GetProperty("cancelledAt").ValueKind);
        Assert.False(cancelled.GetProperty("canChange").GetBoolean());
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "sessionId");
        Assert.True((await demo.Factory.SessionAsync(session.Id)).IsCancelled);
    }

    [Fact]
    public async Task Cancel_HeldSession_Answers409AndWithoutReason400()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachBenali);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachBenali);
        using var noReason = await client.PostAsJsonAsync($"/api/sessions/{session.Id}/cancel", new { });
        await client.PostJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session), HttpStatusCode.OK);

        using var held = await client.PostAsJsonAsync($"/api/sessions/{session.Id}/cancel", new { reason = "Too late" });

        await noReason.AssertProblemAsync(HttpStatusCode.BadRequest, "reason");
        await held.AssertProblemAsync(HttpStatusCode.Conflict, "sessionId");
        Assert.False((await demo.Factory.SessionAsync(session.Id)).IsCancelled);
    }

    [Fact]
    public async Task NoShow_LateSession_Answers200NotHeldThenCorrectionCountsItHeld()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachLeroy);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);

        var noShow = await client.PostJsonAsync($"/api/sessions/{session.Id}/no-show", new { notes = "Nobody answered." }, HttpStatusCode.OK);
        Assert.True(noShow.GetProperty("noShow").GetBoolean());
        Assert.False((await demo.Factory.SessionAsync(session.Id)).IsHeld);

        using var missingNotes = await client.PutAsJsonAsync($"/api/sessions/{session.Id}/outcome", new { attendance = session.CompanyIds.Select(id => new { companyId = id, present = true }) });
        await missingNotes.AssertProblemAsync(HttpStatusCode.BadRequest, "notes");

        using var corrected = await client.PutAsJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session, "They came after all."));
        var body = await corrected.ReadJsonAsync(HttpStatusCode.OK);

        Assert.False(body.GetProperty("noShow").GetBoolean());
        var stored = await demo.Factory.SessionAsync(session.Id);
        Assert.True(stored.IsHeld);
        Assert.Equal("They came after all.", stored.Outcome!.Notes);
        await using var db = await Domain();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "session.outcome-corrected" && e.SubjectId == session.Id.ToString()));
    }

    [Fact]
    public async Task NoShow_SessionStillToCome_Answers400AndCorrectingNothing409()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachLeroy, DemoHostFixture.Now.AddDays(5));
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);

        using var early = await client.PostAsJsonAsync($"/api/sessions/{session.Id}/no-show", new { });
        using var nothing = await client.PutAsJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session));

        await early.AssertProblemAsync(HttpStatusCode.BadRequest, "sessionId");
        await nothing.AssertProblemAsync(HttpStatusCode.Conflict, "sessionId");
    }

    [Fact]
    public async Task AddCompany_RunningCohort_Answers201AndStartsItsJourneyThenSameName409()
    {
        var cohortId = await BatisseursAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var body = new { name = "Distillerie Moreau", sector = "food", headcount = 12, location = "Anet", contactEmail = "moreau@distillerie.example", needs = new[] { "export" } };

        var added = await client.PostJsonAsync($"/api/cohorts/{cohortId}/companies", body, HttpStatusCode.Created);
        using var twice = await client.PostAsJsonAsync($"/api/cohorts/{cohortId}/companies", body);
        using var spaced = await client.PostAsJsonAsync($"/api/cohorts/{cohortId}/companies", body with { name = " distillerie \t Moreau " });
        using var accented = await client.PostAsJsonAsync($"/api/cohorts/{cohortId}/companies", body with { name = "Éclat Distillerie", contactEmail = "eclat@distillerie.example" });
        using var accentedAgain = await client.PostAsJsonAsync($"/api/cohorts/{cohortId}/companies", body with { name = "éCLAT distillerie", contactEmail = "eclat2@distillerie.example" });
        using var noHeadcount = await client.PostAsJsonAsync($"/api/cohorts/{cohortId}/companies", new { name = "Sans effectif", sector = "food", location = "Anet", contactEmail = "effectif@distillerie.example" });
        await noHeadcount.AssertProblemAsync(HttpStatusCode.BadRequest, "headcount");

        var id = added.GetProperty("id").GetGuid();
        Assert.Equal("Applied", added.GetProperty("status").GetString());
        var instance = await demo.Factory.Services.GetRequiredService<WorkflowRuntime>().GetInstanceAsync(id);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        await using var db = await Domain();
        Assert.Equal(DemoHostFixture.Now, (await db.Companies.AsNoTracking().SingleAsync(c => c.Id == id)).JoinedAt);
        await twice.AssertProblemAsync(HttpStatusCode.Conflict, "name");
        await spaced.AssertProblemAsync(HttpStatusCode.Conflict, "name");
        Assert.Equal(HttpStatusCode.Created, accented.StatusCode);
        await accentedAgain.AssertProblemAsync(HttpStatusCode.Conflict, "name");
    }

    [Fact]
    public async Task AddCompany_BadApplication_Answers400NamingEachFieldAndCoach403()
    {
        var cohortId = await BatisseursAsync();
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var bad = await manager.PostAsJsonAsync($"/api/cohorts/{cohortId}/companies", new { name = "", sector = "food", headcount = -3, location = "Anet", contactEmail = "nobody" });
        using var refused = await coach.PostAsJsonAsync($"/api/cohorts/{cohortId}/companies", new { name = "X", sector = "food", headcount = 1, location = "Anet", contactEmail = "x@example.org" });

        var problem = await bad.AssertProblemAsync(HttpStatusCode.BadRequest, "name");
        Assert.True(problem.GetProperty("errors").TryGetProperty("headcount", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("contactEmail", out _));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Withdraw_ActiveCompany_EndsItsJourneyCancelsItsSessionsThen409()
    {
        var company = (await demo.Factory.CompaniesOfAsync(TestAccounts.CoachLeroy)).Where(c => c.Status == CompanyStatus.Active).OrderBy(c => c.Name).Last();
        var upcoming = await demo.Factory.PlanSessionAsync(TestAccounts.CoachLeroy, DemoHostFixture.Now.AddDays(9), "Séance à annuler");
        await MoveToAsync(upcoming.Id, company.Id);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);
        using var noReason = await client.PostAsJsonAsync($"/api/companies/{company.Id}/withdraw", new { droppedOut = true });
        using var refused = await coach.PostAsJsonAsync($"/api/companies/{company.Id}/withdraw", new { reason = "Not mine to end" });

        var withdrawn = await client.PostJsonAsync($"/api/companies/{company.Id}/withdraw", new { reason = "Moved abroad.", droppedOut = true }, HttpStatusCode.OK);
        using var again = await client.PostAsJsonAsync($"/api/companies/{company.Id}/withdraw", new { reason = "Twice" });

        await noReason.AssertProblemAsync(HttpStatusCode.BadRequest, "reason");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("DroppedOut", withdrawn.GetProperty("company").GetProperty("status").GetString());
        Assert.True(withdrawn.GetProperty("sessionsCancelled").GetInt32() >= 1);
        Assert.True((await demo.Factory.SessionAsync(upcoming.Id)).IsCancelled);
        var instance = await demo.Factory.Services.GetRequiredService<WorkflowRuntime>().GetInstanceAsync(company.Id);
        Assert.Equal(WorkflowStatus.Cancelled, instance.Status);
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "companyId");
    }

    private Task<CohortsDbContext> Domain() => demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();

    private async Task<Guid> BatisseursAsync()
    {
        await using var db = await Domain();
        return await db.Cohorts.Where(c => c.Name == "Les bâtisseurs").Select(c => c.Id).SingleAsync();
    }

    private async Task MoveToAsync(Guid sessionId, Guid companyId)
    {
        await using var db = await Domain();
        var session = await db.Sessions.SingleAsync(s => s.Id == sessionId);
        session.CompanyIds.Clear();
        session.CompanyIds.Add(companyId);
        await db.SaveChangesAsync();
    }
}
