using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Browser;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Portal;

/// <summary>
/// A company's contact, in French, opens their portal link in Chromium, answers a form: a typing mistake is shown next
/// to its field with everything typed kept and nothing stored; the corrected answers are saved; a second visit edits
/// them; after the deadline the form is read-only.
/// </summary>
public sealed class PortalBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Contact_AnswersAFormInFrench_ErrorsByFieldThenSavedThenEdited()
    {
        var seeded = await PortalSeed.LinkAsync(browser.Factory, 0);
        var requestId = await PortalSeed.RequestAsync(browser.Factory, seeded, dueIn: TimeSpan.FromDays(14));
        var page = await browser.NewPageAsync("fr-FR");

        // The portal, in the contact's language: the form waiting.
        await BrowserFixture.OpenAsync(page, $"/portal/{seeded.Token}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(seeded.CompanyName);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Formulaires qui vous attendent" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Point trimestriel" }).ClickAsync();

        // A mistake: the number of people is typed in words.
        await Assertions.Expect(page.GetByText("Chiffre d'affaires")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Salariés inscrits au registre.")).ToBeVisibleAsync();
        await page.Locator("#q-revenue").FillAsync("1 200,50");
        await page.Locator("#q-headcount").FillAsync("douze");
        await page.Locator("input[name='q.mood'][value='4']").CheckAsync();
        await page.Locator("input[name='q.hiring'][value='yes']").CheckAsync();
        await page.Locator("input[name='q.topics'][value='sales']").CheckAsync();
        await page.Locator("#q-highlights").FillAsync("Premier client à l'export ; deux recrutements.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mes réponses" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-question=headcount] .field-validation-error")).ToHaveTextAsync("Saisissez un nombre.");
        await Assertions.Expect(page.Locator("#q-headcount")).ToHaveValueAsync("douze");
        await Assertions.Expect(page.Locator("#q-revenue")).ToHaveValueAsync("1 200,50");
        await Assertions.Expect(page.Locator("#q-highlights")).ToHaveValueAsync("Premier client à l'export ; deux recrutements.");
        await Assertions.Expect(page.Locator("input[name='q.mood'][value='4']")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("input[name='q.topics'][value='sales']")).ToBeCheckedAsync();
        Assert.Null(await PortalSeed.AnswerAsync(browser.Factory, requestId));

        // Corrected and sent.
        await page.Locator("#q-headcount").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mes réponses" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Merci\u00a0: vos réponses sont enregistrées.");
        var answer = await PortalSeed.AnswerAsync(browser.Factory, requestId);
        Assert.NotNull(answer);
        Assert.Equal(seeded.Email, answer.SubmittedBy);
        var json = JsonNode.Parse(answer.Json)!;
        Assert.Equal(12m, json["headcount"]!.GetValue<decimal>());
        Assert.Equal(1200.50m, json["revenue"]!["amount"]!.GetValue<decimal>());
        Assert.True(json["hiring"]!.GetValue<bool>());

        // A second visit shows the answers and edits them before the deadline.
        await BrowserFixture.OpenAsync(page, $"/portal/{seeded.Token}/forms/{requestId}");
        await Assertions.Expect(page.Locator("#q-headcount")).ToHaveValueAsync("12");
        await page.Locator("#q-headcount").FillAsync("14");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mes modifications" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        answer = await PortalSeed.AnswerAsync(browser.Factory, requestId);
        Assert.Equal(1, answer!.Edits);
        Assert.Equal(14m, JsonNode.Parse(answer.Json)!["headcount"]!.GetValue<decimal>());

        // After the deadline: read-only.
        browser.Clock.Advance(TimeSpan.FromDays(15));
        await BrowserFixture.OpenAsync(page, $"/portal/{seeded.Token}/forms/{requestId}");
        await Assertions.Expect(page.Locator("#q-headcount")).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mes modifications" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("Les réponses ne peuvent plus être modifiées.")).ToBeVisibleAsync();
    }
}
