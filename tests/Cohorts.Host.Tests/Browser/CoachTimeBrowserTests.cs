using Cohorts.Host.Tests.Support;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

/// <summary>Coaches' time in the browser, in English and in French: the manager's coaches page and the preview's warnings.</summary>
public sealed class CoachTimeBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task Manager_CoachesPage_ShowsHoursInEnglish() => CoachesPageAsync("en-GB", "Coaches and their time", "every working day", "18\u00a0h");

    [BrowserFact]
    public Task Manager_CoachesPage_ShowsHoursInFrench() => CoachesPageAsync("fr-FR", "Les coachs et leur temps", "tous les jours ouvrés", "18\u00a0h");

    [BrowserFact]
    public Task Manager_LaunchPreview_ShowsWarningsInEnglish() => PreviewAsync("en-GB", "Conflicts the preview could not avoid", "The milestone 'Revue finale' falls on 1 September 2027, after the cohort's last day");

    [BrowserFact]
    public Task Manager_LaunchPreview_ShowsWarningsInFrench() =>
        PreviewAsync("fr-FR", "Conflits que l’aperçu n’a pas pu éviter", "Le jalon «\u00a0Revue finale\u00a0» tombe le 1er\u00a0septembre\u00a02027, après le dernier jour de la promotion");

    private async Task CoachesPageAsync(string locale, string heading, string everyDay, string hoursPerCompany)
    {
        var page = await browser.SignInAsync(TestAccounts.Manager, locale);
        await BrowserFixture.OpenAsync(page, "/manage/cohorts");

        var row = page.Locator("tr").Filter(new() { HasText = "Les bâtisseurs" });
        await row.Locator("a.coaches-time").ClickAsync();
        await BrowserFixture.ArriveAsync(page, new System.Text.RegularExpressions.Regex("/manage/cohorts/[0-9a-f-]+/coaches$"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#coaching-time")).ToContainTextAsync(hoursPerCompany);
        var martin = page.Locator("#coaches tr[data-coach='Julien Martin']");
        await Assertions.Expect(martin).ToContainTextAsync(everyDay);
        await Assertions.Expect(martin.Locator(".hours-budget")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\u00a0h$"));
        await Assertions.Expect(martin.Locator(".hours-planned")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+([.,]\d+)?\u00a0h$"));
        await Assertions.Expect(page.Locator("#coaches .badge.late")).ToHaveCountAsync(0);
    }

    private async Task PreviewAsync(string locale, string heading, string warning)
    {
        var page = await browser.SignInAsync(TestAccounts.Manager, locale);
        await BrowserFixture.OpenAsync(page, "/manage/programmes/boost-innovation/launch");
        await page.Locator("#Form_Name").FillAsync("Promotion 2026-2027");
        await page.Locator("#Form_StartDate").FillAsync("2026-09-01");
        await page.Locator("#Form_Companies").FillAsync(
            "Forges de Bagneux; industry; 40; Bagneux; contact@forges.example; industry, export\n" +
            "Atelier Numérique; digital; 8; Nanterre; bonjour@atelier.example; digital, marketing");
        await page.Locator("#Form_Coaches").FillAsync("Nadia Rousseau; nadia.rousseau@example.fr; 2; industry, digital; mon, tue, thu; 09:00-17:30");

        await page.Locator("button[formaction*='handler=Preview']").ClickAsync();

        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync(heading);
        await Assertions.Expect(page.Locator("#preview-warnings")).ToContainTextAsync(warning);
    }
}
