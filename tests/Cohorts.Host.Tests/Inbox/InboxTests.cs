using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Programmes;
using Cohorts.Host.Tests.Coach;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Inbox;

/// <summary>What waits for each person (inbox, header count) and what the workflows told them (notifications, read per user).</summary>
public sealed class InboxTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Inbox_Coach_SeesTheirLateOutcomeAndNotAnotherCoachs()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachLeroy);
        using var leroy = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);
        using var martin = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var items = (await leroy.GetJsonAsync("/api/inbox")).EnumerateArray().ToList();
        var others = (await martin.GetJsonAsync("/api/inbox")).EnumerateArray().ToList();

        var item = Assert.Single(items, i => i.GetProperty("link").GetString() == $"/coach/sessions/{session.Id}");
        Assert.Equal("outcome-to-record", item.GetProperty("kind").GetString());
        Assert.True(item.GetProperty("late").GetBoolean());
        Assert.Equal(session.PlannedAt, item.GetProperty("dueAt").GetDateTimeOffset());
        Assert.StartsWith($"Record the outcome of “Séance de coaching (test)” with {await CompanyNameAsync(session.CompanyIds[0])} (", item.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(others, i => i.GetProperty("link").GetString() == $"/coach/sessions/{session.Id}");
    }

    [Fact]
    public async Task Inbox_CoachInFrench_NamesTheCompanyOfEachSessionOfASeries()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachLeroy);
        using var leroy = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);
        leroy.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));

        var item = Assert.Single((await leroy.GetJsonAsync("/api/inbox")).EnumerateArray(), i => i.GetProperty("link").GetString() == $"/coach/sessions/{session.Id}");

        Assert.Equal(
            $"Saisir le compte rendu de «\u00A0Séance de coaching (test)\u00A0» avec {await CompanyNameAsync(session.CompanyIds[0])} (2\u00a0mars\u00a02026)",
            item.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Inbox_Manager_SeesApplicationsToScreenAndMilestonesToDecideInTheirCohorts()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var created = await manager.PostJsonAsync("/api/cohorts", CohortPlans.Plan("Promotion inbox", launch: true), HttpStatusCode.Created);
        var cohortId = created.GetProperty("cohortId").GetGuid();
        await demo.Factory.AddMilestoneAsync(cohortId, ReviewerRole.Manager, DemoHostFixture.Now.AddDays(-1));
        await demo.Factory.AddMilestoneAsync(cohortId, ReviewerRole.Funder, DemoHostFixture.Now.AddDays(-1)); // the funders'

        var items = (await manager.GetJsonAsync("/api/inbox")).EnumerateArray().Where(i => i.GetProperty("link").GetString()!.StartsWith($"/manage/cohorts/{cohortId}", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            ["Screen the application of Atelier Neuf (Promotion inbox)", "Screen the application of Brasserie Nouvelle (Promotion inbox)"],
            items.Where(i => i.GetProperty("kind").GetString() == "application-to-screen").Select(i => i.GetProperty("title").GetString()).Order(StringComparer.Ordinal));
        var milestone = Assert.Single(items, i => i.GetProperty("kind").GetString() == "milestone-to-decide");
        Assert.True(milestone.GetProperty("late").GetBoolean());
        Assert.Equal($"/manage/cohorts/{cohortId}/milestones", milestone.GetProperty("link").GetString());
        Assert.StartsWith("Decide the milestone “Revue (Manager)” of Atelier Neuf (Promotion inbox), due ", milestone.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_Funder_SeesTheMilestoneAssignedToFundersOfTheirCohort()
    {
        var cohort = await demo.Factory.CohortAsync();
        await demo.Factory.AddMilestoneAsync(cohort.Id, ReviewerRole.Funder, DemoHostFixture.Now.AddDays(3));
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachBenali);

        var items = (await funder.GetJsonAsync("/api/inbox")).EnumerateArray().ToList();

        var milestone = Assert.Single(items, i => i.GetProperty("title").GetString()!.Contains("“Revue (Funder)”", StringComparison.Ordinal));
        Assert.Equal(("milestone-to-decide", "/funder/milestones", false), (milestone.GetProperty("kind").GetString(), milestone.GetProperty("link").GetString(), milestone.GetProperty("late").GetBoolean()));
        Assert.DoesNotContain((await coach.GetJsonAsync("/api/inbox")).EnumerateArray(), i => i.GetProperty("kind").GetString() == "milestone-to-decide");
    }

    [Fact]
    public async Task Home_SignedInCoach_ShowsTheInboxAndItsCountInTheHeader()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachBenali);
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachBenali);
        var waiting = (await api.GetJsonAsync("/api/inbox")).GetArrayLength() + (await api.GetJsonAsync("/api/notifications?unread=true")).GetArrayLength();
        using var pages = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachBenali);

        var home = await pages.GetStringAsync("/");
        var week = await pages.GetStringAsync("/coach/week");

        Assert.Contains($"href=\"/coach/sessions/{session.Id}\"", home, StringComparison.Ordinal);
        Assert.Contains($"aria-label=\"{waiting} waiting\">{waiting}</span>", home, StringComparison.Ordinal);
        Assert.Contains($"aria-label=\"{waiting} waiting\">{waiting}</span>", week, StringComparison.Ordinal);
        var french = WebUtility.HtmlDecode(await pages.GetStringAsync("/?culture=fr"));
        Assert.Contains("Saisir le compte rendu de «\u00a0Séance de coaching (test)\u00a0»", french, StringComparison.Ordinal);
        Assert.Contains($"aria-label=\"{waiting} en attente\">{waiting}</span>", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifications_OneManagerReadsAnEscalation_ItStaysUnreadForTheOtherManager()
    {
        var cohort = await demo.Factory.CohortAsync();
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        var notificationId = await AddNotificationAsync(cohort.Id, session.Id, NotificationKind.OutcomeEscalation, "programme manager");
        var secondId = await demo.Factory.CreateUserAsync("second.manager@cohorts.demo", CohortsRoles.Manager);
        await demo.Factory.Services.GetRequiredService<ProgrammeInstaller>().GrantAsync(cohort.ProgrammeId, secondId);
        using var first = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var second = await demo.Factory.CreateApiClientAsync("second.manager@cohorts.demo");
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var unread = Assert.Single((await first.GetJsonAsync("/api/notifications?unread=true")).EnumerateArray(), n => n.GetProperty("id").GetGuid() == notificationId);
        Assert.StartsWith($"The outcome of “Séance de coaching (test)” with {await CompanyNameAsync(session.CompanyIds[0])} (", unread.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(", Les bâtisseurs) is still not recorded.", unread.GetProperty("text").GetString(), StringComparison.Ordinal);

        using var read = await first.PostAsync($"/api/notifications/{notificationId}/read", null);

        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.DoesNotContain((await first.GetJsonAsync("/api/notifications?unread=true")).EnumerateArray(), n => n.GetProperty("id").GetGuid() == notificationId);
        Assert.True(Assert.Single((await first.GetJsonAsync("/api/notifications")).EnumerateArray(), n => n.GetProperty("id").GetGuid() == notificationId).GetProperty("read").GetBoolean());
        Assert.Contains((await second.GetJsonAsync("/api/notifications?unread=true")).EnumerateArray(), n => n.GetProperty("id").GetGuid() == notificationId);
        Assert.DoesNotContain((await coach.GetJsonAsync("/api/notifications")).EnumerateArray(), n => n.GetProperty("id").GetGuid() == notificationId);
        using var notMine = await coach.PostAsync($"/api/notifications/{notificationId}/read", null);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
    }

    [Fact]
    public async Task Notifications_CoachReadsAllThroughThePage_NoneUnreadForThem()
    {
        var cohort = await demo.Factory.CohortAsync();
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachLeroy);
        var notificationId = await AddNotificationAsync(cohort.Id, session.Id, NotificationKind.OutcomeReminder, TestAccounts.CoachLeroy);
        using var pages = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachLeroy);
        var html = WebUtility.HtmlDecode(await pages.GetStringAsync("/notifications?culture=fr"));
        Assert.Contains($"Merci de saisir le compte rendu de «\u00a0Séance de coaching (test)\u00a0» avec {await CompanyNameAsync(session.CompanyIds[0])} (", html, StringComparison.Ordinal);
        var form = await Forms.GetAsync(pages, "/notifications");

        using var response = await Forms.PostAsync(pages, "/notifications?handler=ReadAll", form, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);
        Assert.Equal(0, (await api.GetJsonAsync("/api/notifications?unread=true")).GetArrayLength());
        Assert.Contains((await api.GetJsonAsync("/api/notifications")).EnumerateArray(), n => n.GetProperty("id").GetGuid() == notificationId && n.GetProperty("read").GetBoolean());
    }

    [Fact]
    public async Task Notifications_ReminderWhoseOutcomeWasRecordedSince_SaysSoInsteadOfStillNotRecorded()
    {
        var cohort = await demo.Factory.CohortAsync();
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachLeroy);
        var notificationId = await AddNotificationAsync(cohort.Id, session.Id, NotificationKind.OutcomeReminder, TestAccounts.CoachLeroy);
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);
        api.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));
        string Said(JsonElement list) => Assert.Single(list.EnumerateArray(), n => n.GetProperty("id").GetGuid() == notificationId).GetProperty("text").GetString()!;
        var before = Said(await api.GetJsonAsync("/api/notifications"));

        await api.PostJsonAsync($"/api/sessions/{session.Id}/outcome", new { attendance = session.CompanyIds.Select(c => new { companyId = c, present = true }), notes = "Fait." }, HttpStatusCode.OK);

        Assert.StartsWith("Merci de saisir le compte rendu de «\u00a0Séance de coaching (test)\u00a0» avec ", before, StringComparison.Ordinal);
        Assert.Equal("Le compte rendu de «\u00a0Séance de coaching (test)\u00a0» (2\u00a0mars\u00a02026) a été saisi depuis.", Said(await api.GetJsonAsync("/api/notifications")));
    }

    [Fact]
    public async Task Notifications_ReminderWhoseSessionWasMovedSince_GivesTheNewDateInsteadOfAskingForTheOutcome()
    {
        var cohort = await demo.Factory.CohortAsync();
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachLeroy);
        var notificationId = await AddNotificationAsync(cohort.Id, session.Id, NotificationKind.OutcomeReminder, TestAccounts.CoachLeroy);
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);
        api.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));
        string Said(JsonElement list) => Assert.Single(list.EnumerateArray(), n => n.GetProperty("id").GetGuid() == notificationId).GetProperty("text").GetString()!;
        var at = DemoHostFixture.Now.AddDays(10);

        await api.PostJsonAsync($"/api/sessions/{session.Id}/reschedule", new { at, reason = "Le dirigeant était malade." }, HttpStatusCode.OK);

        var said = Said(await api.GetJsonAsync("/api/notifications"));
        Assert.StartsWith("Nouvelle date pour «\u00a0Séance de coaching (test)\u00a0»\u00a0: ", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Merci de saisir", said, StringComparison.Ordinal);

        // The "To do" count leaves it out: it no longer asks anything (the items, and the unread notifications that still ask).
        using (var coachPages = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachLeroy))
        {
            var home = WebUtility.HtmlDecode(await coachPages.GetStringAsync("/?culture=fr"));
            var badge = int.Parse(System.Text.RegularExpressions.Regex.Match(home, "<span class=\"count\"[^>]*>(\\d+)</span>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var items = System.Text.RegularExpressions.Regex.Count(home, "<li[^>]*data-kind=");
            var asking = (await api.GetJsonAsync("/api/notifications?unread=true")).EnumerateArray()
                .Count(n => n.GetProperty("text").GetString() is { } text && !text.StartsWith("Nouvelle date pour", StringComparison.Ordinal) && !text.Contains("depuis", StringComparison.Ordinal));
            Assert.Equal(items + asking, badge);
        }

        // The cohort's history says which company the session was with (every company's round shares its title).
        var company = await CompanyNameAsync(session.CompanyIds[0]);
        using var pages = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var history = WebUtility.HtmlDecode(await pages.GetStringAsync($"/manage/cohorts/{cohort.Id}/history?culture=en&q={Uri.EscapeDataString(company)}"));
        Assert.Contains($"{company} — “Séance de coaching (test)” moved: Le dirigeant était malade.", history, StringComparison.Ordinal);
    }

    private async Task<Guid> AddNotificationAsync(Guid cohortId, Guid sessionId, NotificationKind kind, string recipient)
    {
        await using var db = await demo.Factory.DomainAsync();
        var notification = new Notification(Guid.NewGuid(), $"test-{Guid.NewGuid():N}", kind, cohortId, sessionId, recipient, "Stored subject", DemoHostFixture.Now);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }

    private async Task<string> CompanyNameAsync(Guid companyId)
    {
        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        return await db.Companies.Where(c => c.Id == companyId).Select(c => c.Name).SingleAsync();
    }
}
