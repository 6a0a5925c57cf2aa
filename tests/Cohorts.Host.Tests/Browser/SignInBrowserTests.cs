using Cohorts.Host.Tests.Support;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

public sealed class SignInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task SignIn_DemoCoach_LandsOnTheirWeekWithTheirMenu()
    {
        var page = await browser.SignInAsync(TestAccounts.CoachMartin);

        Assert.EndsWith("/coach/week", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "My companies" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Programmes" })).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task SignIn_WrongPasswordInFrench_ShowsTheFrenchMessage()
    {
        var page = await browser.NewPageAsync("fr-FR");
        await BrowserFixture.OpenAsync(page, "/account/login");
        await page.GetByLabel("Adresse e-mail").FillAsync(TestAccounts.Manager);
        await page.GetByLabel("Mot de passe").FillAsync("pas le bon");
        await page.Locator("main form button[type=submit]").First.ClickAsync();

        await Assertions.Expect(page.GetByText("Adresse e-mail ou mot de passe incorrect.")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Language_SwitchToFrench_IsRemembered()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.OpenAsync(page, "/account/login");

        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await BrowserFixture.OpenAsync(page, "/");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bienvenue dans Cohorts" })).ToBeVisibleAsync();
    }
}
