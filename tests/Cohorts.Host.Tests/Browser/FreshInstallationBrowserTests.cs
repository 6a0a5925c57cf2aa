using System.Net;
using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Scheduling;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

/// <summary>
/// Issue #13's walk on a fresh installation (demo off): the first administrator, three people invited who accept in
/// their own language, a cohort whose late outcome reaches its coach then the manager, and the history saying who did it.
/// </summary>
public sealed class FreshInstallationBrowserTests(FreshBrowserFixture browser) : IClassFixture<FreshBrowserFixture>
{
    private const string AdminEmail = "camille@chambre.example";
    private const string AdminPassword = "Admin-Fresh-2026";

    [BrowserFact]
    public async Task FreshInstallation_AdministratorInvitesEveryone_LateOutcomeReachesCoachThenManager_HistorySaysWho()
    {
        await using (var scope = browser.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAdministratorAsync(AdminEmail, AdminPassword);
        }

        var managerEmail = $"claire-{Guid.NewGuid():N}@chambre.example";
        var admin = await browser.SignInAsync(AdminEmail, password: AdminPassword);
        await InviteAsync(admin, managerEmail, "Claire Dubois", "manager", "fr");

        // The manager accepts in French and adds Boost Innovation from its template in the pages.
        var manager = await AcceptAsync(managerEmail, "fr-FR", "Votre nom", "Choisissez un mot de passe", "Créer mon compte", "Claire Dubois", "Manager-Fresh-2026");
        await BrowserFixture.OpenAsync(manager, "/manage/programmes");
        await manager.Locator(".card.template", new() { HasText = "Boost Innovation" }).GetByRole(AriaRole.Button, new() { Name = "Créer ce programme" }).ClickAsync();
        await BrowserFixture.ArriveAsync(manager, new System.Text.RegularExpressions.Regex("/manage/programmes/boost-innovation"));
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Boost Innovation");

        // A cohort with a new coach and a new funder: both are invited, and accept in their own language.
        var coachEmail = $"julien-{Guid.NewGuid():N}@coachs.example";
        var funderEmail = $"region-{Guid.NewGuid():N}@region.example";
        using var api = await ApiClientAsync(managerEmail, "Manager-Fresh-2026");
        var programmeId = (await api.GetJsonAsync("/api/programmes")).EnumerateArray().Single().GetProperty("id").GetString();
        var created = await api.PostJsonAsync(
            "/api/cohorts",
            new
            {
                programmeId,
                name = "Les bâtisseurs 2026",
                startDate = "2026-03-23",
                companies = new[] { new { name = "Atelier Lumière", sector = "crafts", headcount = 6, location = "Sèvres", contactEmail = "contact@atelier-lumiere.example", needs = new[] { "marketing" } } },
                coaches = new[] { new { name = "Julien Martin", email = coachEmail, capacity = 4, expertise = new[] { "marketing" } } },
                funders = new[] { new { name = "Région", email = funderEmail, share = 0.5m } },
                launch = true,
            },
            HttpStatusCode.Created);
        var cohortId = created.GetProperty("cohortId").GetGuid();
        var coach = await AcceptAsync(coachEmail, "en-GB", "Your name", "Choose a password", "Create my account", "Julien Martin", "Coach-Fresh-2026");
        await BrowserFixture.ArriveAsync(coach, new System.Text.RegularExpressions.Regex("/coach/"));
        var funder = await AcceptAsync(funderEmail, "fr-FR", "Votre nom", "Choisissez un mot de passe", "Créer mon compte", "Région", "Funder-Fresh-2026");
        await BrowserFixture.ArriveAsync(funder, new System.Text.RegularExpressions.Regex("/funder"));

        // The manager accepts the application; the first coaching session passes without an outcome.
        var company = (await api.GetJsonAsync($"/api/cohorts/{cohortId}/companies")).EnumerateArray().Single();
        await api.PostJsonAsync($"/api/companies/{company.GetProperty("id").GetGuid()}/screening", new { decision = "accepted" }, HttpStatusCode.OK);
        var firstSession = await FirstCoachingSessionAsync(cohortId);
        await AdvanceToAsync(firstSession.AddDays(2).AddHours(1));
        Assert.Contains(await MessagesAsync(coachEmail), kind => kind == "outcome-reminder");
        coach = await browser.SignInAsync(coachEmail, password: "Coach-Fresh-2026");
        await BrowserFixture.OpenAsync(coach, "/notifications");
        await Assertions.Expect(coach.Locator("main")).ToContainTextAsync("Please record the outcome");

        await AdvanceToAsync(firstSession.AddDays(7).AddHours(2));
        Assert.Contains(await MessagesAsync($"managers:{cohortId}"), kind => kind == "outcome-escalation");

        // The history says who did what, in the manager's language (weeks have passed: the sign-ins expired).
        manager = await browser.SignInAsync(managerEmail, "fr-FR", "Manager-Fresh-2026");
        await BrowserFixture.OpenAsync(manager, $"/manage/cohorts/{cohortId}/history");
        var history = manager.Locator("table.history");
        await Assertions.Expect(history).ToContainTextAsync("Atelier Lumière");
        await Assertions.Expect(history.Locator("tr", new() { HasText = "acceptée" })).ToContainTextAsync(managerEmail);
        await Assertions.Expect(history.Locator("tr", new() { HasText = "Les bâtisseurs 2026" }).First).ToContainTextAsync(managerEmail);

        // And the administrator reads the account events: the invitations and their acceptances.
        admin = await browser.SignInAsync(AdminEmail, password: AdminPassword);
        await BrowserFixture.OpenAsync(admin, "/admin/events");
        await Assertions.Expect(admin.Locator("table.history")).ToContainTextAsync($"{coachEmail} accepted the invitation");
        await Assertions.Expect(admin.Locator("table.history")).ToContainTextAsync($"{managerEmail} invited as programme manager");
    }

    /// <summary>A bearer-token client over the fixture's real port (the factory's own clients do not reach Kestrel).</summary>
    private async Task<HttpClient> ApiClientAsync(string email, string password)
    {
        var client = new HttpClient { BaseAddress = browser.BaseAddress };
        var token = await client.PostJsonAsync("/api/auth/token", new { email, password }, HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task InviteAsync(IPage admin, string email, string name, string role, string language)
    {
        await BrowserFixture.OpenAsync(admin, "/admin/invite");
        await admin.GetByLabel("E-mail address").FillAsync(email);
        await admin.GetByLabel("Name (optional)").FillAsync(name);
        await admin.GetByLabel("Role").SelectOptionAsync(role);
        await admin.GetByLabel("Language of the e-mail").SelectOptionAsync(language);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync(email);
    }

    private async Task<IPage> AcceptAsync(string email, string locale, string nameLabel, string passwordLabel, string button, string name, string password)
    {
        var link = await LinkAsync(email);
        var page = await browser.NewPageAsync(locale);
        await BrowserFixture.OpenAsync(page, link.PathAndQuery);
        await page.GetByLabel(nameLabel).FillAsync(name);
        await page.GetByLabel(passwordLabel).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await BrowserFixture.LeaveAsync(page, "/account/");
        return page;
    }

    private async Task<Uri> LinkAsync(string email)
    {
        await using var db = await DomainAsync();
        var message = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Recipient == email && m.Kind == "invitation");
        using var data = System.Text.Json.JsonDocument.Parse(message.Data);
        return new Uri(data.RootElement.GetProperty("url").GetString()!);
    }

    private async Task<IReadOnlyList<string>> MessagesAsync(string recipient)
    {
        await using var db = await DomainAsync();
        return await db.OutgoingMessages.AsNoTracking().Where(m => m.Recipient == recipient).Select(m => m.Kind).ToListAsync();
    }

    private async Task<DateTimeOffset> FirstCoachingSessionAsync(Guid cohortId)
    {
        await AdvanceToAsync(browser.Clock.GetUtcNow().AddMinutes(1));
        await using var db = await DomainAsync();
        var planned = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.CoachId != null).Select(s => s.PlannedAt).ToListAsync();
        if (planned.Count == 0)
        {
            // Sessions are planned ahead of their date: move to the cohort's start, where the first is planned at the latest.
            await AdvanceToAsync(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));
            planned = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.CoachId != null).Select(s => s.PlannedAt).ToListAsync();
        }

        return planned.Min();
    }

    /// <summary>Moves the fake clock, then fires whatever fell due (the scheduler's catch-up, as at a restart).</summary>
    private async Task AdvanceToAsync(DateTimeOffset when)
    {
        var now = browser.Clock.GetUtcNow();
        if (when > now)
        {
            browser.Clock.Advance(when - now);
        }

        await browser.Factory.Services.GetRequiredService<TimerCatchUp>().FireDueAsync(deferTriggers: false, CancellationToken.None);
    }

    private Task<CohortsDbContext> DomainAsync() =>
        browser.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
}
