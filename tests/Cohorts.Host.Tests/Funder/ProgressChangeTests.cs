using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Funder;

/// <summary>The progress follows what coaches record (this class changes its own demo database).</summary>
public sealed class ProgressChangeTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Progress_AfterAnOutcomeIsRecorded_CountsTheSessionHeld()
    {
        var cohort = await demo.Factory.CohortAsync();
        Session session;
        Company company;
        await using (var db = await demo.Factory.DomainAsync())
        {
            var sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohort.Id).ToListAsync();
            // A coaching session left unrecorded if there is one, else a collective event (the demo's late sessions are
            // the last twelve days'; a coaching session is planned only when its month comes).
            session = sessions.Where(s => !s.IsHeld).OrderBy(s => s.CoachId is null).ThenBy(s => s.PlannedAt).First();
            company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == session.CompanyIds[0]);
        }

        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        var before = await (await client.GetAsync($"/api/cohorts/{cohort.Id}/progress")).JsonAsync();

        await demo.Factory.Services.GetRequiredService<SessionService>().RecordOutcomeAsync(
            new SessionOutcomeReport(session.Id, session.CoachId, session.CoachId is null ? "Claire Dubois" : "coach", [new Attendance(company.Id, Present: true)], "Séance tenue."));
        var after = await (await client.GetAsync($"/api/cohorts/{cohort.Id}/progress")).JsonAsync();

        int Total(System.Text.Json.JsonElement progress, string name) => progress.GetProperty("totals").GetProperty(name).GetInt32();
        Assert.Equal(Total(before, "sessionsHeld") + 1, Total(after, "sessionsHeld"));
        var wasLate = session.IsLate(DemoHostFixture.Now) ? 1 : 0;
        Assert.Equal(Total(before, "sessionsLate") - wasLate, Total(after, "sessionsLate"));
        decimal Kpi(System.Text.Json.JsonElement progress) => progress.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("kpi").GetString() == "sessionsHeld").GetProperty("current").GetDecimal();
        Assert.Equal(Kpi(before) + 1, Kpi(after));
        System.Text.Json.JsonElement Row(System.Text.Json.JsonElement progress) => progress.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("companyId").GetGuid() == company.Id);
        Assert.Equal(Row(before).GetProperty("sessionsHeld").GetInt32() + 1, Row(after).GetProperty("sessionsHeld").GetInt32());
        Assert.Equal(Row(before).GetProperty("sessionsLate").GetInt32() - wasLate, Row(after).GetProperty("sessionsLate").GetInt32());
    }
}
