using System.Text.RegularExpressions;
using Cohorts.Host.Tests.Support;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

/// <summary>The issue's three journeys, in a real browser, as the people would click through them.</summary>
public sealed partial class JourneyBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Manager_CreatesAProgrammeFromATemplateAndLaunchesACohortAfterItsPreview()
    {
        var page = await browser.SignInAsync(TestAccounts.Manager);
        Assert.EndsWith("/manage", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Programmes", Exact = true }).ClickAsync();

        // The template card of the Semaine de l'innovation: create the programme.
        var card = page.Locator(".card.template").Filter(new() { HasText = "Semaine de l’Innovation" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Create this programme" }).ClickAsync();
        await Assertions.Expect(page.GetByText("The programme was created from its template")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Launch a cohort" }).ClickAsync();
        await page.GetByLabel("Name of the cohort").FillAsync("Semaine de l'innovation 2026");
        await page.GetByLabel("First day").FillAsync("2026-04-06");
        await page.GetByLabel("Companies, one per line").FillAsync(
            "Forges de Bagneux; industry; 40; Bagneux; contact@forges.example; industry, export\n" +
            "Atelier Numérique; digital; 8; Nanterre; bonjour@atelier.example; digital, marketing\n" +
            "Conserverie du Val; food; 22; Antony; contact@conserverie.example; products");
        await page.GetByLabel("Coaches, one per line").FillAsync("Nadia Rousseau; nadia.rousseau@example.fr; 5; industry, digital, products");

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("Each coach's load per month");
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("Calendar");
        await Assertions.Expect(page.Locator("#preview .card.month").First).ToContainTextAsync("April 2026");

        await page.GetByRole(AriaRole.Button, new() { Name = "Launch", Exact = true }).ClickAsync();
        await BrowserFixture.ArriveAsync(page, new Regex("/manage/cohorts/[0-9a-f-]+"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Semaine de l'innovation 2026" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("The cohort is launched");
        var board = page.Locator("table.board");
        foreach (var company in new[] { "Forges de Bagneux", "Atelier Numérique", "Conserverie du Val" })
        {
            await Assertions.Expect(board).ToContainTextAsync(company);
        }
    }

    [BrowserFact]
    public async Task Coach_RecordsAnOverdueOutcome_AndTheFunderSeesItOnTheProgressPage()
    {
        // The funder's figures before.
        var funder = await browser.SignInAsync(TestAccounts.Funder);
        Assert.EndsWith("/funder/progress", funder.Url, StringComparison.Ordinal);

        // The coach records their first overdue outcome.
        var coach = await browser.SignInAsync(TestAccounts.CoachMartin);
        var overdue = coach.Locator("tr.late").First;
        await Assertions.Expect(overdue).ToBeVisibleAsync();
        await overdue.GetByRole(AriaRole.Link, new() { Name = "Record the outcome" }).ClickAsync();
        var company = (await coach.Locator("#outcome-form label:has(input[type=checkbox])").First.InnerTextAsync()).Trim();
        var before = await CompanyRowAsync(funder, company);
        await coach.Locator("#outcome-form input[type=checkbox]").First.CheckAsync();
        await coach.Locator("#outcome-form").GetByLabel("Notes").FillAsync("Plan d'action revu ; prototype à tester en avril.");
        await coach.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await Assertions.Expect(coach.GetByRole(AriaRole.Status)).ToContainTextAsync("Outcome recorded");

        // The funder's progress page counts it: one more session held for that company.
        var after = await CompanyRowAsync(funder, company);
        Assert.Equal(before.Held + 1, after.Held);
        Assert.Equal(before.Planned, after.Planned);
    }

    private static async Task<(int Held, int Planned)> CompanyRowAsync(IPage funder, string company)
    {
        await BrowserFixture.OpenAsync(funder, "/funder/progress");
        var row = funder.Locator("tr").Filter(new() { Has = funder.GetByRole(AriaRole.Cell, new() { Name = company, Exact = true }) });
        var held = HeldOf().Match(await row.InnerTextAsync());
        Assert.True(held.Success, $"No 'N of M' (sessions and events held) in the row of {company}: {await row.InnerTextAsync()}");
        return (int.Parse(held.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(held.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"(\d+) of (\d+)")]
    private static partial Regex HeldOf();
}
