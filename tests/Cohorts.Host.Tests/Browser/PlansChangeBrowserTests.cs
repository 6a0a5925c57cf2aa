using System.Text.RegularExpressions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Runtime;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

/// <summary>A manager adds a company, moves, cancels and corrects sessions, and withdraws a company, in English and French.</summary>
public sealed partial class PlansChangeBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly Dictionary<string, string> English = new()
    {
        ["joined"] = "joined the cohort",
        ["applied"] = "Applied",
        ["decided"] = "Decision recorded",
        ["moved"] = "moved to",
        ["confirm"] = "Tick the box to confirm.",
        ["cancelled"] = "cancelled",
        ["noShow"] = "No-show",
        ["withdrawn"] = "Withdrawn",
        ["nameMissing"] = "Give the company's name.",
    };

    private static readonly Dictionary<string, string> French = new()
    {
        ["joined"] = "a rejoint la promotion",
        ["applied"] = "Candidate",
        ["decided"] = "Décision enregistrée",
        ["moved"] = "déplacée au",
        ["confirm"] = "Cochez la case pour confirmer.",
        ["cancelled"] = "annulée",
        ["noShow"] = "Absence",
        ["withdrawn"] = "Retirée du programme",
        ["nameMissing"] = "Indiquez le nom de l’entreprise.",
    };

    [BrowserFact]
    public Task Manager_ChangesPlansInEnglish() => ChangePlansAsync("en-GB", English, 0);

    [BrowserFact]
    public Task Manager_ChangesPlansInFrench() => ChangePlansAsync("fr-FR", French, 1);

    private async Task ChangePlansAsync(string locale, Dictionary<string, string> words, int pick)
    {
        var (cohortId, company) = await CompanyAsync(pick);
        var moving = await PlanAsync(company, DemoHostFixture.Now.AddDays(5), $"Séance à déplacer {locale}", held: false);
        var cancelling = await PlanAsync(company, DemoHostFixture.Now.AddDays(6), $"Séance à annuler {locale}", held: false);
        var correcting = await PlanAsync(company, DemoHostFixture.Now.AddDays(-3), $"Séance à corriger {locale}", held: true);
        var page = await browser.SignInAsync(TestAccounts.Manager, locale);

        // A company joins the running cohort; a missing name is refused next to its field, the rest kept.
        await BrowserFixture.OpenAsync(page, $"/manage/cohorts/{cohortId}/companies/new");
        await page.Locator("#Form_Sector").FillAsync("food");
        await page.Locator("#Form_Headcount").FillAsync("12");
        await page.Locator("#Form_Location").FillAsync("Anet");
        await page.Locator("#Form_ContactEmail").FillAsync($"moreau-{locale}@distillerie.example");
        await page.Locator("#new-company-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Form.Name']")).ToHaveTextAsync(words["nameMissing"]);
        await Assertions.Expect(page.Locator("#Form_Sector")).ToHaveValueAsync("food");
        await page.Locator("#Form_Name").FillAsync($"Distillerie Moreau {locale}");
        await page.Locator("#new-company-form button[type=submit]").ClickAsync();
        // The company's journey starts in this request (its first step commits before the answer): on a loaded CI
        // machine that can take longer than the default wait, and a refusal would keep the page where it is.
        try
        {
            // The address is enough (the assertions below wait for the page's content), and it is polled rather than
            // awaited as a navigation event: waiting for the load event, then for the navigation's commit, each once
            // timed out with the company's page already shown, on a machine busy with other builds.
            await Assertions.Expect(page).ToHaveURLAsync(CompanyPage(), new() { Timeout = 60_000 });
        }
        catch (PlaywrightException)
        {
            Assert.Fail($"Still on {page.Url} after adding the company: {await page.Locator("main").InnerTextAsync()}");
        }

        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync(words["joined"]);
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync(words["applied"]);
        await page.Locator("#decide-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync(words["decided"]);

        // An existing company's sessions: one moved, one cancelled (after a refusal without confirmation), one corrected.
        // As above, the address is enough: the load event once came after 15 s on a CI machine busy with the other tests.
        await page.GotoAsync($"/manage/cohorts/{cohortId}/companies/{company.Id}", new() { Timeout = 60_000, WaitUntil = WaitUntilState.Commit });
        await OpenAsync(page, moving);
        await page.Locator($"#at-{moving}").FillAsync("2026-03-27T14:30");
        await page.Locator($"#move-reason-{moving}").FillAsync("Le dirigeant est en déplacement.");
        await page.Locator($"#changes-{moving} form[data-change=reschedule] button").ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync(words["moved"]);

        await OpenAsync(page, cancelling);
        await page.Locator($"#cancel-reason-{cancelling}").FillAsync("Grève des transports.");
        await page.Locator($"#changes-{cancelling} form[data-change=cancel] button").ClickAsync();
        await Assertions.Expect(page.Locator($"#changes-{cancelling} form[data-change=cancel] .field-validation-error")).ToHaveTextAsync(words["confirm"]);
        await Assertions.Expect(page.Locator($"#cancel-reason-{cancelling}")).ToHaveValueAsync("Grève des transports.");
        await page.Locator($"#changes-{cancelling} form[data-change=cancel] input[type=checkbox]").CheckAsync();
        await page.Locator($"#changes-{cancelling} form[data-change=cancel] button").ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync(words["cancelled"]);

        await OpenAsync(page, correcting);
        await page.Locator($"#changes-{correcting} form[data-change=correct] input[type=radio][value=false]").CheckAsync();
        await page.Locator($"#changes-{correcting} form[data-change=correct] button").ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-session='{correcting}']")).ToContainTextAsync(words["noShow"]);

        // The company is withdrawn: its journey ends.
        await page.Locator("#withdraw-reason").FillAsync("Hors du périmètre du programme.");
        await page.Locator("#withdraw-form input[type=checkbox]").CheckAsync();
        await page.Locator("#withdraw-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync(words["withdrawn"]);

        // The workflows and the records followed.
        await using var db = await DomainAsync();
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.Id == moving || s.Id == cancelling || s.Id == correcting).ToDictionaryAsync(s => s.Id);
        Assert.Equal(1, sessions[moving].RescheduleCount);
        Assert.True(sessions[cancelling].IsCancelled);
        Assert.Equal(true, sessions[correcting].Outcome?.NoShow);
        Assert.Equal(CompanyStatus.Withdrawn, (await db.Companies.AsNoTracking().SingleAsync(c => c.Id == company.Id)).Status);
        Assert.Equal(WorkflowStatus.Cancelled, (await browser.Factory.Services.GetRequiredService<WorkflowRuntime>().GetInstanceAsync(company.Id)).Status);
    }

    private static async Task OpenAsync(IPage page, Guid sessionId) =>
        await page.Locator($"#changes-{sessionId} > summary").ClickAsync();

    private Task<CohortsDbContext> DomainAsync() => browser.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();

    private async Task<(Guid CohortId, Company Company)> CompanyAsync(int pick)
    {
        await using var db = await DomainAsync();
        var cohortId = await db.Cohorts.Where(c => c.Name == "Les bâtisseurs").Select(c => c.Id).SingleAsync();
        var companies = await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId && c.Status == CompanyStatus.Active && c.CoachId != null).ToListAsync();
        return (cohortId, companies.OrderBy(c => c.Name, StringComparer.Ordinal).ElementAt(pick));
    }

    private async Task<Guid> PlanAsync(Company company, DateTimeOffset at, string title, bool held)
    {
        await using var db = await DomainAsync();
        var session = new Session(Guid.NewGuid(), company.CohortId, SessionKind.Coaching, title, at, company.CoachId, null);
        session.CompanyIds.Add(company.Id);
        if (held)
        {
            session.RecordOutcome(new SessionOutcome(at.AddHours(2), "coach", [new Attendance(company.Id, true)], "Bonne séance.", [], null));
        }

        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    [GeneratedRegex("/manage/cohorts/[0-9a-f-]+/companies/[0-9a-f-]+$")]
    private static partial Regex CompanyPage();
}
