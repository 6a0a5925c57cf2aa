using System.Net;
using System.Text.Json;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Events;

/// <summary>
/// The events pages through a browser-like client: a manager lists a cohort's events and records an Innov Tour visit's
/// attendance, which the progress (KPIs) then counts; a coach reads their companies' events from their week.
/// </summary>
public sealed class EventPagesTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task RecordVisitInThePage_Manager_CountsInTheKpis()
    {
        var visit = await demo.Factory.PlanEventAsync(expectedVisitors: 60);
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var before = await (await api.GetAsync($"/api/cohorts/{visit.CohortId}/progress")).JsonAsync();
        using var page = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);

        var list = await page.GetStringAsync($"/manage/cohorts/{visit.CohortId}/events?kind=Visit&when=past");
        Assert.Contains($"/manage/events/{visit.Id}", list, StringComparison.Ordinal);
        var token = await Forms.GetAsync(page, $"/manage/events/{visit.Id}");
        var fields = new Dictionary<string, string> { ["Form.Notes"] = "Visite des Forges ; deux adhérents sur trois présents.", ["Form.Visitors"] = "45" };
        for (var i = 0; i < visit.CompanyIds.Count; i++)
        {
            fields[$"Form.Attendance[{i}].CompanyId"] = visit.CompanyIds[i].ToString();
            fields[$"Form.Attendance[{i}].Present"] = i < 2 ? "true" : "false";
        }

        using var posted = await Forms.PostAsync(page, $"/manage/events/{visit.Id}", token, fields);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var shown = await page.GetStringAsync($"/manage/events/{visit.Id}");
        Assert.Contains("Companies present: 2 of 3 expected.", shown, StringComparison.Ordinal);
        Assert.Contains("Visitors counted: 45 of 60 expected.", shown, StringComparison.Ordinal);

        var after = await (await api.GetAsync($"/api/cohorts/{visit.CohortId}/progress")).JsonAsync();
        Assert.Equal(Totals(before, "sessionsHeld") + 1, Totals(after, "sessionsHeld"));
        Assert.Equal(Totals(before, "visitors") + 45, Totals(after, "visitors"));
        Assert.Equal(Kpi(before, "visitors") + 45, Kpi(after, "visitors"));

        // Each company's tally: one more event held for the three, attended by the first two only.
        var present = Company(after, visit.CompanyIds[0]);
        var absent = Company(after, visit.CompanyIds[2]);
        Assert.Equal(Company(before, visit.CompanyIds[0]).GetProperty("sessionsHeld").GetInt32() + 1, present.GetProperty("sessionsHeld").GetInt32());
        Assert.Equal(Company(before, visit.CompanyIds[2]).GetProperty("sessionsHeld").GetInt32() + 1, absent.GetProperty("sessionsHeld").GetInt32());
        Assert.True(present.GetProperty("attendanceRate").GetDecimal() > absent.GetProperty("attendanceRate").GetDecimal());
    }

    [Fact]
    public async Task RecordVisitInThePage_NoNotes_ShowsTheProblemNextToTheField_KeepsTheInput_AndRecordsNothing()
    {
        var visit = await demo.Factory.PlanEventAsync();
        using var page = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(page, $"/manage/events/{visit.Id}");
        var fields = new Dictionary<string, string> { ["Form.Notes"] = " ", ["Form.Visitors"] = "17" };
        for (var i = 0; i < visit.CompanyIds.Count; i++)
        {
            fields[$"Form.Attendance[{i}].CompanyId"] = visit.CompanyIds[i].ToString();
            fields[$"Form.Attendance[{i}].Present"] = "true";
        }

        using var posted = await Forms.PostAsync(page, $"/manage/events/{visit.Id}", token, fields);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync();
        Assert.Contains("Write a few words on how the event went.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"17\"", html, StringComparison.Ordinal);
        Assert.Null((await demo.Factory.ReadSessionAsync(visit.Id)).Outcome);
    }

    [Fact]
    public async Task MoveEventInItsPage_InFrench_RefusesWithoutAReasonKeepingTheInputThenMovesItAndTellsTheCompanies()
    {
        var evening = await demo.Factory.PlanEventAsync(kind: Workflows.Domain.SessionKind.Networking, title: "Happy Innov (déplacé)", daysFromNow: 5, companies: 4);
        using var page = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var path = $"/manage/events/{evening.Id}?culture=fr";
        var shown = WebUtility.HtmlDecode(await page.GetStringAsync(path));
        Assert.Contains("data-change=\"reschedule\"", shown, StringComparison.Ordinal);
        Assert.Contains("data-change=\"cancel\"", shown, StringComparison.Ordinal);
        Assert.Contains("Les entreprises attendues en sont informées par e-mail, avec ce motif.", shown, StringComparison.Ordinal);
        Assert.Contains("Déplacer l’événement", shown, StringComparison.Ordinal); // an event, not a session: its words agree
        Assert.DoesNotContain("Déplacer la séance", shown, StringComparison.Ordinal);

        var token = await Forms.GetAsync(page, path);
        var at = DemoHostFixture.Now.AddDays(9).ToOffset(TimeSpan.FromHours(1));
        var local = new DateTime(at.Year, at.Month, at.Day, 18, 30, 0).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string> { ["Change.SessionId"] = evening.Id.ToString(), ["Change.Action"] = "reschedule", ["Change.At"] = local, ["Change.Reason"] = "" };
        using var refused = await Forms.PostAsync(page, $"/manage/events/{evening.Id}?handler=Change&culture=fr", token, fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains($"value=\"{local}\"", again, StringComparison.Ordinal);
        Assert.Contains("class=\"field-validation-error\"", again, StringComparison.Ordinal);
        Assert.Equal(evening.PlannedAt, (await demo.Factory.ReadSessionAsync(evening.Id)).PlannedAt);

        fields["Change.Reason"] = "La salle du CNIT est indisponible.";
        using var moved = await Forms.PostAsync(page, $"/manage/events/{evening.Id}?handler=Change&culture=fr", token, fields);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"/manage/events/{evening.Id}", moved.Headers.Location?.OriginalString);
        var after = await demo.Factory.ReadSessionAsync(evening.Id);
        Assert.NotEqual(evening.PlannedAt, after.PlannedAt);
        Assert.Contains("L’événement «\u00a0Happy Innov (déplacé)\u00a0» est déplacé au", WebUtility.HtmlDecode(await page.GetStringAsync(path)), StringComparison.Ordinal);
        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var inTheProgramme = await db.Companies.CountAsync(c => evening.CompanyIds.Contains(c.Id) && (c.Status == Workflows.Domain.CompanyStatus.Accepted || c.Status == Workflows.Domain.CompanyStatus.Active));
        Assert.True(inTheProgramme > 0);
        Assert.Equal(inTheProgramme, await db.OutgoingMessages.CountAsync(m => m.Kind == "company-session-rescheduled" && m.Key.StartsWith($"session-{evening.Id:D}/")));

        // The coach of an expected company reads the event, without the forms that change it.
        using var coach = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        Assert.DoesNotContain("data-change=", await coach.GetStringAsync($"/manage/events/{evening.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventsList_BadQuery_ShowsTheDefaultsWithAMessage()
    {
        var cohort = await demo.Factory.CohortNamedAsync(EventData.Batisseurs);
        using var page = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);

        var html = await page.GetStringAsync($"/manage/cohorts/{cohort.Id}/events?kind=Dance&p=0");

        Assert.Contains("Unknown kind of event: all kinds are shown.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"events\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoachWeek_ShowsTheEventsTheirCompaniesAttend_ReadOnly()
    {
        var evening = await demo.Factory.PlanEventAsync(kind: Workflows.Domain.SessionKind.Networking, title: "Happy Innov (semaine)", daysFromNow: 2, companies: 17);
        using var coach = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);

        var week = await coach.GetStringAsync("/coach/week");
        var details = await coach.GetStringAsync($"/manage/events/{evening.Id}");

        Assert.Contains("Happy Innov (semaine)", week, StringComparison.Ordinal);
        Assert.Contains($"/manage/events/{evening.Id}", week, StringComparison.Ordinal);
        Assert.Contains("Happy Innov (semaine)", details, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"event-form\"", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventsList_CoachWhoIsNotAnOrganiser_IsRefused()
    {
        var cohort = await demo.Factory.CohortNamedAsync(EventData.Batisseurs);
        using var coach = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);

        using var response = await coach.GetAsync($"/manage/cohorts/{cohort.Id}/events");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static int Totals(JsonElement progress, string name) => progress.GetProperty("totals").GetProperty(name).GetInt32();

    private static decimal Kpi(JsonElement progress, string kind) =>
        progress.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("kpi").GetString() == kind).GetProperty("current").GetDecimal();

    private static JsonElement Company(JsonElement progress, Guid id) =>
        progress.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("companyId").GetGuid() == id);
}
