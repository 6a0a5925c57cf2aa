using System.Net;
using System.Net.Http.Json;
using System.Text;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Inbox;

/// <summary>Who did what: a cohort's history for its managers (page, API, CSV, English and French), refused to anyone else.</summary>
public sealed class HistoryTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task History_ScreeningAndCoachChange_ListedNewestFirstWithTheManager()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var (cohortId, companyId) = await ScreenAndChangeCoachAsync(manager, "History API");

        var history = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/history");

        var lines = history.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(
            [AuditActions.CoachChanged, AuditActions.CompanyScreened, AuditActions.CohortLaunched, AuditActions.CohortCreated],
            lines.Select(l => l.GetProperty("action").GetString()));
        Assert.All(lines, l => Assert.Equal(TestAccounts.Manager, l.GetProperty("actor").GetString()));
        Assert.Equal("Application of Atelier Neuf accepted", lines[1].GetProperty("text").GetString());
        Assert.StartsWith("Coach of Atelier Neuf changed from ", lines[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(("History API", 4), (history.GetProperty("title").GetString(), history.GetProperty("total").GetInt32()));
        var paged = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/history?page=2&pageSize=3");
        Assert.Equal(AuditActions.CohortCreated, Assert.Single(paged.GetProperty("lines").EnumerateArray()).GetProperty("action").GetString());
        Assert.NotEqual(Guid.Empty, companyId);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=999999999", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=100000", "pageSize")]
    public async Task History_PageOutOfRange_IsRefusedAtItsParameterOnEveryList(string query, string field)
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var admin = await demo.Factory.CreateApiClientAsync("admin@cohorts.demo");
        var cohortId = (await DemoIds.ReadAsync(demo.Factory)).Batisseurs;

        await (await manager.GetAsync($"/api/cohorts/{cohortId}/history?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest, field);
        await (await manager.GetAsync($"/api/cohorts/{cohortId}/history.csv?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest, field);
        await (await admin.GetAsync($"/api/account-events?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task History_AnAutomaticAcceptanceInFrench_GivesItsReasonInFrench()
    {
        Guid cohortId;
        await using (var db = await Cohorts.Host.Tests.Funder.FunderData.DomainAsync(demo.Factory))
        {
            cohortId = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.AuditEntries.Where(e => e.Action == AuditActions.CompanyScreened)))
                .First(e => e.Data.Contains("Accepted automatically.", StringComparison.Ordinal)).CohortId!.Value;
        }

        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        List<string> texts = [];
        for (var page = 1; page <= 50; page++)
        {
            var lines = (await manager.GetJsonAsync($"/api/cohorts/{cohortId}/history?pageSize=200&page={page}")).GetProperty("lines").EnumerateArray().ToList();
            texts.AddRange(lines.Select(l => l.GetProperty("text").GetString()!));
            if (lines.Count < 200)
            {
                break;
            }
        }

        Assert.Contains(texts, t => t.EndsWith("acceptée\u00a0: Acceptée automatiquement.", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Accepted automatically", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HistoryPage_EnglishAndFrench_SaysWhatWasDone()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var (cohortId, _) = await ScreenAndChangeCoachAsync(manager, "History page");
        using var pages = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);

        var english = await pages.GetStringAsync($"/manage/cohorts/{cohortId}/history");
        var french = WebUtility.HtmlDecode(await pages.GetStringAsync($"/manage/cohorts/{cohortId}/history?culture=fr"));

        Assert.Contains("History of History page", english, StringComparison.Ordinal);
        Assert.Contains("Application of Atelier Neuf accepted", english, StringComparison.Ordinal);
        Assert.Contains("Cohort “History page” launched", english, StringComparison.Ordinal);
        Assert.Contains("Historique de History page", french, StringComparison.Ordinal);
        Assert.Contains("Candidature d’Atelier Neuf acceptée", french, StringComparison.Ordinal); // elided (FrenchElision)
        Assert.Contains("Promotion «\u00a0History page\u00a0» lancée", french, StringComparison.Ordinal);
        Assert.Contains(TestAccounts.Manager, french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryCsv_EnglishAndFrench_FormulasEscaped()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var (cohortId, _) = await ScreenAndChangeCoachAsync(manager, "History CSV", "@Atelier");

        using var english = await manager.GetAsync($"/api/cohorts/{cohortId}/history.csv");
        using var french = await manager.GetAsync($"/api/cohorts/{cohortId}/history.csv?culture=fr");

        Assert.Equal("text/csv", english.Content.Headers.ContentType?.MediaType);
        var en = Encoding.UTF8.GetString(await english.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var fr = Encoding.UTF8.GetString(await french.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var rows = en.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("At,Actor,Action,Company,Text", rows[0]);
        Assert.Equal(5, rows.Length);
        var screened = Assert.Single(rows, r => r.Contains(",company.screened,", StringComparison.Ordinal));
        Assert.Contains($",{TestAccounts.Manager},company.screened,", screened, StringComparison.Ordinal);
        Assert.Contains("'@Atelier", screened, StringComparison.Ordinal); // a spreadsheet would run a cell starting with @
        Assert.DoesNotContain(",@Atelier", screened, StringComparison.Ordinal);
        Assert.Contains("Application of @Atelier accepted", screened, StringComparison.Ordinal);
        Assert.Contains("Candidature de @Atelier acceptée", fr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ManagerOfAnotherProgrammeOrCoach_IsRefused()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var created = await manager.PostJsonAsync("/api/cohorts", CohortPlans.Plan("History refused", launch: false), HttpStatusCode.Created);
        var cohortId = created.GetProperty("cohortId").GetGuid();
        await demo.Factory.CreateUserAsync("other.manager@cohorts.demo", CohortsRoles.Manager);
        using var other = await demo.Factory.CreateApiClientAsync("other.manager@cohorts.demo");
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        using var coachPages = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        using var otherPages = await demo.Factory.CreatePageClientAsync("other.manager@cohorts.demo");

        using var otherApi = await other.GetAsync($"/api/cohorts/{cohortId}/history");
        using var otherCsv = await other.GetAsync($"/api/cohorts/{cohortId}/history.csv");
        using var coachApi = await coach.GetAsync($"/api/cohorts/{cohortId}/history");
        using var coachPage = await coachPages.GetAsync($"/manage/cohorts/{cohortId}/history");
        using var otherPage = await otherPages.GetAsync($"/manage/cohorts/{cohortId}/history");

        Assert.Equal(HttpStatusCode.Forbidden, otherApi.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherCsv.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, coachApi.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, coachPage.StatusCode);
        Assert.StartsWith("/account/denied", coachPage.Headers.Location?.AbsolutePath ?? coachPage.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, otherPage.StatusCode);
    }

    [Fact]
    public async Task AccountEvents_SignIn_RecordedForAdministratorsOnly()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var events = await demo.Factory.Services.GetRequiredService<AuditTrail>().AccountEventsAsync(1, 50);
        using var refused = await manager.GetAsync("/api/account-events");

        Assert.Contains(events.Entries, e => e.Action == AuditActions.SignedIn && e.Actor == TestAccounts.Manager);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task<(Guid CohortId, Guid CompanyId)> ScreenAndChangeCoachAsync(HttpClient manager, string name, string companyName = "Atelier Neuf")
    {
        var created = await manager.PostJsonAsync("/api/cohorts", CohortPlans.Plan(name, launch: true, companyName), HttpStatusCode.Created);
        var cohortId = created.GetProperty("cohortId").GetGuid();
        var companies = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/companies");
        var companyId = companies.EnumerateArray().Single(c => c.GetProperty("name").GetString() == companyName).GetProperty("id").GetGuid();
        var company = await manager.PostJsonAsync($"/api/companies/{companyId}/screening", new { decision = "accepted" }, HttpStatusCode.OK);
        var coaches = (await manager.GetJsonAsync($"/api/cohorts/{cohortId}")).GetProperty("coaches").EnumerateArray().ToList();
        var other = coaches.Single(c => c.GetProperty("id").GetGuid() != company.GetProperty("coachId").GetGuid()).GetProperty("id").GetGuid();
        using var change = await manager.PutAsJsonAsync($"/api/companies/{companyId}/coach", new { coachId = other });
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        return (cohortId, companyId);
    }
}
