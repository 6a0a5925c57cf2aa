using System.Net;
using System.Net.Http.Json;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.CoachTime;

/// <summary>Coaches' time on the demo data: no coach booked twice at once, sessions' ends, hours per coach.</summary>
public sealed class CoachTimeTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Demo_EveryCoach_HasNoOverlappingSessions()
    {
        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var coaches = await db.Coaches.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Email);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CoachId != null).ToListAsync();

        Assert.True(sessions.Count > 50, $"The demo plans sessions ({sessions.Count}).");
        foreach (var person in sessions.GroupBy(s => coaches[s.CoachId!.Value]))
        {
            var ordered = person.OrderBy(s => s.PlannedAt).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(
                    ordered[i].PlannedAt >= ordered[i - 1].EndsAt,
                    $"{person.Key}: '{ordered[i].Title}' at {ordered[i].PlannedAt} overlaps '{ordered[i - 1].Title}' ending {ordered[i - 1].EndsAt}.");
            }
        }

        // And the monthly sessions of a coach's companies are spread, not stacked on one morning.
        var batisseurs = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Name == "Les bâtisseurs");
        var monthly = sessions.Where(s => s.CohortId == batisseurs.Id && s.Kind == SessionKind.Coaching).GroupBy(s => (s.CoachId, s.PlannedAt)).Max(g => g.Count());
        Assert.Equal(1, monthly);
    }

    [Fact]
    public async Task CoachAgendaAndSessionDetails_CarryEndsAt()
    {
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var agenda = await coach.GetJsonAsync("/api/coach/sessions");
        var first = agenda.EnumerateArray().First();
        var (plannedAt, endsAt) = (first.GetProperty("plannedAt").GetDateTimeOffset(), first.GetProperty("endsAt").GetDateTimeOffset());
        Assert.Equal(TimeSpan.FromMinutes(90), endsAt - plannedAt);

        var details = await coach.GetJsonAsync($"/api/sessions/{first.GetProperty("id").GetGuid()}");
        Assert.Equal(endsAt, details.GetProperty("endsAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task CohortCoaches_LesBatisseurs_ShowsEachCoachsCompaniesAndHours()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var coaches = await manager.GetJsonAsync($"/api/cohorts/{ids.Batisseurs}/coaches");

        Assert.Equal(18m, coaches.GetProperty("hoursPerCompany").GetDecimal());
        var list = coaches.GetProperty("coaches").EnumerateArray().ToList();
        Assert.Equal(["Julien Martin", "Karim Benali", "Sophie Leroy"], list.Select(c => c.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.All(list, c =>
        {
            var companies = c.GetProperty("companies").GetArrayLength();
            Assert.InRange(companies, 1, 6);
            Assert.Equal(18m * companies, c.GetProperty("hoursBudget").GetDecimal());
            Assert.Equal(1.5m * c.GetProperty("sessionsPlanned").GetInt32(), c.GetProperty("hoursPlanned").GetDecimal());
            Assert.InRange(c.GetProperty("hoursUsed").GetDecimal(), 0.1m, c.GetProperty("hoursPlanned").GetDecimal());
            Assert.Equal(0, c.GetProperty("overlappingSessions").GetInt32());
        });
    }

    [Fact]
    public async Task CohortCoaches_ACancelledSession_TakesNoPlannedTime()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var now = demo.Clock.GetUtcNow();
        Session upcoming;
        await using (var db = await demo.Factory.DomainAsync())
        {
            upcoming = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == ids.Batisseurs && s.CoachId != null && s.CancelledAt == null && s.Outcome == null).ToListAsync())
                .Where(s => s.PlannedAt > now).OrderBy(s => s.PlannedAt).First();
        }

        var before = await PlannedAsync(manager, ids.Batisseurs, upcoming.CoachId!.Value);
        using var cancelled = await manager.PostAsJsonAsync($"/api/sessions/{upcoming.Id}/cancel", new { reason = "The workshop is closed that day." });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var after = await PlannedAsync(manager, ids.Batisseurs, upcoming.CoachId!.Value);

        Assert.Equal((before.Sessions - 1, before.Hours - 1.5m), after);
    }

    [Fact]
    public async Task CohortCoaches_ACoach_IsRefused()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var response = await coach.GetAsync($"/api/cohorts/{ids.Batisseurs}/coaches");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CoachCompanies_CarryHoursPlannedUsedAndBudget()
    {
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var companies = await coach.GetJsonAsync("/api/coach/companies");

        var batisseurs = companies.EnumerateArray().Where(c => c.GetProperty("cohortName").GetString() == "Les bâtisseurs").ToList();
        Assert.NotEmpty(batisseurs);
        Assert.All(batisseurs, c =>
        {
            Assert.Equal(18m, c.GetProperty("hoursBudget").GetDecimal());
            Assert.InRange(c.GetProperty("hoursUsed").GetDecimal(), 0m, c.GetProperty("hoursPlanned").GetDecimal());
        });
    }

    [Fact]
    public async Task Simulation_BoostEndingInTheAugustClosure_WarnsOfTheReviewAfterTheEndAndCarriesEnds()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var preview = await manager.PostJsonAsync("/api/programmes/boost-innovation/simulations", new { startDate = "2026-09-01", companies = 3, coaches = 1 }, HttpStatusCode.OK);

        var warnings = preview.GetProperty("warnings").EnumerateArray().ToList();
        Assert.Contains(warnings, w => w.GetProperty("kind").GetString() == "ReviewAfterEnd" && w.GetProperty("title").GetString() == "Revue finale");
        var coaching = preview.GetProperty("calendar").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "Coaching");
        Assert.Equal(TimeSpan.FromMinutes(90), coaching.GetProperty("endsAt").GetDateTimeOffset() - coaching.GetProperty("at").GetDateTimeOffset());
    }

    private static async Task<(int Sessions, decimal Hours)> PlannedAsync(HttpClient manager, Guid cohortId, Guid coachId)
    {
        var coach = (await manager.GetJsonAsync($"/api/cohorts/{cohortId}/coaches")).GetProperty("coaches").EnumerateArray().Single(c => c.GetProperty("coachId").GetGuid() == coachId);
        return (coach.GetProperty("sessionsPlanned").GetInt32(), coach.GetProperty("hoursPlanned").GetDecimal());
    }
}
