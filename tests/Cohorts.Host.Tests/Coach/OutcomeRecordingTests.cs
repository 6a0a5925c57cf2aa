using System.Net;
using System.Text.Json;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Coach;

/// <summary>Recording outcomes through the API: stored, shown, counted, and refused a second time.</summary>
public sealed class OutcomeRecordingTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task RecordOutcome_ItsCoach_Answers200AndStoresIt()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var (status, recorded) = await client.PostJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session, "Prototype reviewed with the workshop team."));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Prototype reviewed with the workshop team.", recorded.RootElement.GetProperty("outcome").GetProperty("notes").GetString());
        var stored = (await demo.Factory.SessionAsync(session.Id)).Outcome;
        Assert.NotNull(stored);
        Assert.Equal(TestAccounts.CoachMartin, stored.RecordedBy);
        Assert.Equal(DemoHostFixture.Now, stored.RecordedAt);
        Assert.Equal(session.CompanyIds, stored.Attendance.Where(a => a.Present).Select(a => a.CompanyId));
        var action = Assert.Single(stored.Actions);
        Assert.Equal(("Send the quote to two customers", "The company", new DateOnly(2026, 4, 1)), (action.Description, action.Owner, action.DueOn));

        using var shown = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{session.Id}"));
        Assert.Equal("Prototype reviewed with the workshop team.", shown.RootElement.GetProperty("outcome").GetProperty("notes").GetString());
        Assert.False(shown.RootElement.GetProperty("late").GetBoolean());
        using var sessions = JsonDocument.Parse(await client.GetStringAsync("/api/coach/sessions?from=2026-03-01T00:00:00Z"));
        var listed = sessions.RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == session.Id);
        Assert.True(listed.GetProperty("recorded").GetBoolean());
        Assert.False(listed.GetProperty("late").GetBoolean());
    }

    [Fact]
    public async Task RecordOutcome_Recorded_CountsAsHeldInProgress()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachBenali);
        var before = await HeldAsync(session);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachBenali);

        var (status, _) = await client.PostJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(before + 1, await HeldAsync(session));
    }

    [Fact]
    public async Task RecordOutcome_Twice_Answers409NamingWhoRecordedItAndKeepsTheFirst()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var (first, _) = await client.PostJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session, "First report."));

        var (second, problem) = await client.PostJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session, "Second report."));

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.Conflict, second);
        Assert.Equal(["sessionId"], problem.ErrorFields());
        Assert.Contains("was recorded already, by ", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("First report.", (await demo.Factory.SessionAsync(session.Id)).Outcome?.Notes);
    }

    [Fact]
    public async Task RecordOutcome_ProgrammeManager_RecordsWithoutCoachRecord()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachLeroy);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var (status, recorded) = await client.PostJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session, "Recorded for the coach."));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(TestAccounts.Manager, recorded.RootElement.GetProperty("outcome").GetProperty("recordedBy").GetString());
        Assert.Equal(TestAccounts.Manager, (await demo.Factory.SessionAsync(session.Id)).Outcome?.RecordedBy);
    }

    private async Task<int> HeldAsync(Workflows.Domain.Session session)
    {
        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == session.CohortId);
        var snapshot = new ProgressSnapshot(
            cohort,
            await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == cohort.ProgrammeId),
            await db.Companies.AsNoTracking().Where(c => c.CohortId == cohort.Id).ToListAsync(),
            await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohort.Id).ToListAsync(),
            await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohort.Id).ToListAsync(),
            DemoHostFixture.Now);
        return ProgressCalculator.Compute(snapshot).Totals.SessionsHeld;
    }
}
