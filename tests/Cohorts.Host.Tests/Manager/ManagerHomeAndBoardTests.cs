using System.Net;
using System.Text.RegularExpressions;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using System.Net.Http.Json;

namespace Cohorts.Host.Tests.Manager;

/// <summary>
/// The pages a manager lives in, on the demo's SQLite database: the home, the board in words (sorted and paged on the
/// server), the cohort's progress (its managers only) and its milestones decided in the page.
/// </summary>
public sealed partial class ManagerHomeAndBoardTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Theory]
    [InlineData("en", "without an outcome recorded, the oldest", "My cohorts today")]
    [InlineData("fr", "sans compte rendu, la plus ancienne", "Mes promotions aujourd’hui")]
    public async Task Home_Manager_SaysPerCohortWhatIsLate(string language, string late, string title)
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/manage?culture={language}"));

        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(FunderData.Batisseurs, html, StringComparison.Ordinal);
        Assert.Contains(late, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_LateSessions_CountsEachSessionOnceAsTheCohortsListDoes()
    {
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var cohorts = (await api.GetJsonAsync("/api/cohorts")).EnumerateArray().ToList();

        // The Tournée's late sessions are collective events each late for every one of its 104 companies.
        Assert.Contains(cohorts, c => c.GetProperty("lateSessions").GetInt32() > 0 && c.GetProperty("companies").GetInt32() > 100);
        foreach (var cohort in cohorts)
        {
            var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/manage/cohorts/{cohort.GetProperty("id").GetString()}?culture=en"));
            var said = LateHeadline().Match(html);

            var late = cohort.GetProperty("lateSessions").GetInt32();
            Assert.Equal(late > 0 ? late.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, said.Success ? said.Groups[1].Value : null);
        }
    }

    [Fact]
    public async Task Home_LateSessions_LeavesOutACancelledOneAsTheCohortsListDoes()
    {
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var now = demo.Clock.GetUtcNow();
        Guid cohortId, sessionId;
        await using (var db = await demo.Factory.DomainAsync())
        {
            var late = (await db.Sessions.AsNoTracking().Where(s => s.Outcome == null && s.CancelledAt == null && s.CoachId != null).ToListAsync())
                .Where(s => s.PlannedAt < now).OrderBy(s => s.PlannedAt).First();
            (cohortId, sessionId) = (late.CohortId, late.Id);
        }

        using var cancelled = await api.PostAsJsonAsync($"/api/sessions/{sessionId}/cancel", new { reason = "The company closed for the week." });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var listed = (await api.GetJsonAsync("/api/cohorts")).EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == cohortId).GetProperty("lateSessions").GetInt32();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/manage?culture=en"));
        var said = Regex.Match(html, $"href=\"/manage/cohorts/{cohortId}\\?filter=late\">(\\d+) session");
        Assert.Equal(listed > 0 ? listed.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, said.Success ? said.Groups[1].Value : null);
    }

    [Fact]
    public async Task Board_NextCoaching_PassesOverACancelledSession()
    {
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var cohortId = (await DemoIds.ReadAsync(demo.Factory)).Batisseurs;
        List<Cohorts.Workflows.Domain.Session> upcoming;
        await using (var db = await demo.Factory.DomainAsync())
        {
            // Unsettled: late (past, no outcome) or to come; sessions are planned a few at a time.
            upcoming = [.. (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.CoachId != null && s.Outcome == null && s.CancelledAt == null).ToListAsync())
                .OrderBy(s => s.PlannedAt)];
        }

        var companyId = upcoming.Select(s => s.CompanyIds[0]).First(c => upcoming.Count(s => s.CompanyIds[0] == c) >= 2);
        var theirs = upcoming.Where(s => s.CompanyIds[0] == companyId).ToList();
        Assert.Equal(theirs[0].PlannedAt, await NextCoachingAtAsync(api, cohortId, companyId));

        using var cancelled = await api.PostAsJsonAsync($"/api/sessions/{theirs[0].Id}/cancel", new { reason = "The director is away that week." });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        Assert.Equal(theirs[1].PlannedAt, await NextCoachingAtAsync(api, cohortId, companyId));
    }

    [Fact]
    public async Task SignIn_Manager_LandsOnTheirHome()
    {
        var client = demo.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var token = await Forms.GetAsync(client, "/account/login");
        using var response = await Forms.PostAsync(client, "/account/login", token, new Dictionary<string, string> { ["Input.Email"] = TestAccounts.Manager, ["Input.Password"] = TestAccounts.Password });

        Assert.Equal("/manage", response.Headers.Location?.OriginalString);
        client.Dispose();
    }

    [Theory]
    [InlineData("en", "(?i)coaching session (\\d+) of 12 on \\d{1,2} \\w+ 20\\d\\d")]
    [InlineData("fr", "(?i)séance de coaching (\\d+) sur 12 le \\w+\u00a0\\w+\u00a020\\d\\d")]
    public async Task Board_Rows_SayInWordsWhereEachCompanyIs(string language, string words)
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/manage/cohorts/{cohort.Id}?culture={language}"));
        var outside = Details().Replace(html, string.Empty);

        Assert.Matches(words, outside);
        foreach (var engine in new[] { "WaitUntil", "Sequence", "signal", "timer due", "screening-decided", "Recurring sessions", "Séances récurrentes" })
        {
            Assert.DoesNotContain(engine, outside, StringComparison.Ordinal);
        }

        Assert.Contains($"/manage/cohorts/{cohort.Id}/companies/", html, StringComparison.Ordinal);
        foreach (var link in new[] { "events", "coaches", "companies/new", "progress", "milestones" })
        {
            Assert.Contains($"href=\"/manage/cohorts/{cohort.Id}/{link}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Board_SortedDescendingAndPaged_ShowsTheRightSlice()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var board = $"/manage/cohorts/{cohort.Id}";

        var all = Names(await client.GetStringAsync($"{board}?size=100"));
        var first = Names(await client.GetStringAsync($"{board}?sort=name&dir=desc&size=5"));
        var second = WebUtility.HtmlDecode(await client.GetStringAsync($"{board}?sort=name&dir=desc&size=5&page=2"));
        var searched = Names(await client.GetStringAsync($"{board}?q={Uri.EscapeDataString(all[0])}"));

        Assert.Equal(17, all.Count);
        Assert.Equal(all.OrderDescending(StringComparer.CurrentCultureIgnoreCase).Take(5), first);
        Assert.Equal(all.OrderDescending(StringComparer.CurrentCultureIgnoreCase).Skip(5).Take(5), Names(second));
        Assert.Contains("Page 2 of 4", second, StringComparison.Ordinal);
        Assert.Contains(all[0], searched);
        Assert.True(searched.Count < all.Count);
    }

    [Fact]
    public async Task Progress_ManagerOfTheProgramme_ReadsPageAndApi_AnotherManagerIsRefused()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var pages = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var email = $"other-{Guid.NewGuid():N}@cohorts.test";
        await demo.Factory.CreateUserAsync(email, CohortsRoles.Manager);
        using var otherPages = await demo.Factory.CreatePageClientAsync(email);
        using var otherApi = await demo.Factory.CreateApiClientAsync(email);

        var page = WebUtility.HtmlDecode(await pages.GetStringAsync($"/manage/cohorts/{cohort.Id}/progress"));
        using var json = await api.GetAsync($"/api/cohorts/{cohort.Id}/progress");
        using var chart = await api.GetAsync($"/api/cohorts/{cohort.Id}/charts/kpis.png");
        using var refusedPage = await otherPages.GetAsync($"/manage/cohorts/{cohort.Id}/progress");
        using var refusedApi = await otherApi.GetAsync($"/api/cohorts/{cohort.Id}/progress");

        Assert.Contains("Progress against targets", page, StringComparison.Ordinal);
        Assert.Contains($"/api/cohorts/{cohort.Id}/charts/kpis.png", page, StringComparison.Ordinal);
        Assert.Contains("Larger view", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, refusedPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedApi.StatusCode);
    }

    [Fact]
    public async Task Milestones_ManagerDecidesInThePage_WithErrorsNextToTheFieldThenRecorded()
    {
        var cohort = await demo.Factory.CohortAsync();
        var milestoneId = await demo.Factory.AddMilestoneAsync(cohort.Id, ReviewerRole.Manager, DemoHostFixture.Now.AddDays(5));
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var path = $"/manage/cohorts/{cohort.Id}/milestones";
        var token = await Forms.GetAsync(client, path);

        using var refused = await Forms.PostAsync(client, path, token, new Dictionary<string, string> { ["Input.MilestoneId"] = milestoneId.ToString(), ["Input.Outcome"] = "failed", ["Input.Reason"] = "" });
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        using var decided = await Forms.PostAsync(client, path, token, new Dictionary<string, string> { ["Input.MilestoneId"] = milestoneId.ToString(), ["Input.Outcome"] = "passed", ["Input.Reason"] = "" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Say why: a reason is needed unless the milestone passed.", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        await using var db = await demo.Factory.DomainAsync();
        var milestone = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Milestones, m => m.Id == milestoneId);
        Assert.Equal(MilestoneOutcome.Passed, milestone.FinalDecision?.Outcome);
    }

    [Fact]
    public async Task CohortsApi_Paged_SaysTheTotalAndRefusesAPageTooLarge()
    {
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var page = await api.GetAsync("/api/cohorts?size=1&sort=name");
        using var tooLarge = await api.GetAsync("/api/cohorts?size=101");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(int.Parse(page.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture) > 1);
        Assert.Contains("rel=\"next\"", page.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        Assert.Single((await page.JsonAsync()).EnumerateArray());
        await tooLarge.AssertProblemAsync(HttpStatusCode.BadRequest, "size");
    }

    [Theory]
    [InlineData("sort=zzz", "sort")]
    [InlineData("sort=name&dir=sideways", "dir")]
    [InlineData("filter=zzz", "filter")]
    public async Task CohortsApi_AnOrderDirectionOrFilterItDoesNotHave_IsRefusedAtItsParameter(string query, string field)
    {
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var refused = await api.GetAsync($"/api/cohorts?{query}");
        using var known = await api.GetAsync("/api/cohorts?sort=late&dir=DESC&filter=running");

        await refused.AssertProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    [Fact]
    public async Task CohortsApi_PagePastTheLast_AnswersAnEmptyListWithTheTotal()
    {
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var first = await api.GetAsync("/api/cohorts?size=100");
        var total = int.Parse(first.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);

        using var past = await api.GetAsync("/api/cohorts?size=100&page=2");
        using var far = await api.GetAsync("/api/cohorts?page=2147483647");

        Assert.InRange(total, 1, 100);
        Assert.Equal(total, (await first.JsonAsync()).GetArrayLength());
        foreach (var response in new[] { past, far })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(0, (await response.JsonAsync()).GetArrayLength());
            Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
            Assert.False(response.Headers.Contains("Link"));
        }
    }

    private static List<string> Names(string html) =>
        [.. RowName().Matches(WebUtility.HtmlDecode(html)).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<details.*?</details>", RegexOptions.Singleline)]
    private static partial Regex Details();

    [GeneratedRegex("<tr[^>]*data-company=\"[^\"]+\">\\s*<td><a href=\"[^\"]+\"><strong>([^<]+)</strong>")]
    private static partial Regex RowName();

    [GeneratedRegex("([\\d,]+) sessions? past their date without an outcome recorded")]
    private static partial Regex LateHeadline();

    private static async Task<DateTimeOffset?> NextCoachingAtAsync(HttpClient api, Guid cohortId, Guid companyId)
    {
        var row = (await api.GetJsonAsync($"/api/cohorts/{cohortId}/board")).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("companyId").GetGuid() == companyId);
        var next = row.GetProperty("journey").GetProperty("nextCoaching");
        return next.ValueKind == System.Text.Json.JsonValueKind.Null ? null : next.GetProperty("at").GetDateTimeOffset();
    }
}
