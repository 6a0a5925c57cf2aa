using System.Text.RegularExpressions;
using Cohorts.Host.Tests.Support;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

/// <summary>A manager creates a programme from a template and edits its budget in the pages, in English and in French.</summary>
public sealed class ProgrammeAuthoringBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task Manager_CreatesFromTemplateAndEditsBudget_InEnglish() =>
        CreateAndEditAsync("en-GB", "Create a programme", "Edit the settings", "A number from 0 to 1,000,000,000 (-5 given).", "The programme's settings were saved.", "A cohort's budget: €250,000");

    [BrowserFact]
    public Task Manager_CreatesFromTemplateAndEditsBudget_InFrench() =>
        CreateAndEditAsync("fr-FR", "Créer un programme", "Modifier les paramètres", "Un nombre de 0 à 1\u202f000\u202f000\u202f000 (-5 saisi).", "Les paramètres du programme sont enregistrés.", "Budget d’une promotion\u00a0: 250\u202f000");

    private async Task CreateAndEditAsync(string locale, string heading, string edit, string refusal, string saved, string budget)
    {
        var page = await browser.SignInAsync(TestAccounts.Manager, locale);
        var name = $"Boost Innovation {locale} {Guid.NewGuid().ToString("N")[..6]}";
        await BrowserFixture.OpenAsync(page, "/manage/programmes/new");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await page.Locator("#TemplateId").SelectOptionAsync("boost-innovation");
        await page.Locator("#Name").FillAsync(name);
        await page.Locator("#new-programme button[type=submit]").ClickAsync();

        // A programme of its own beside the demo's Boost Innovation.
        await BrowserFixture.ArriveAsync(page, new Regex("/manage/programmes/boost-innovation-[a-z0-9-]+\\?created=true$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await page.GetByRole(AriaRole.Link, new() { Name = edit }).ClickAsync();
        await BrowserFixture.ArriveAsync(page, new Regex("/edit$"));

        // Refused: the message next to the field, what was typed kept.
        await page.Locator("#Form_Budget").FillAsync("-5");
        await page.Locator("#programme-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Form.Budget']")).ToHaveTextAsync(refusal);
        await Assertions.Expect(page.Locator("#Form_Budget")).ToHaveValueAsync("-5");

        await page.Locator("#Form_Budget").FillAsync("250000");
        await page.Locator("#Form_CoFunders").FillAsync("Département des Hauts-de-Seine; 40%\nRégion Île-de-France; 10%");
        await page.Locator("#programme-form button[type=submit]").ClickAsync();

        await BrowserFixture.ArriveAsync(page, new Regex("\\?saved=true$"));
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync(saved);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(budget);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Région Île-de-France");
    }
}
