using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

public sealed class AdminBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Administrator_InvitesACoach_WhoAcceptsInFrenchAndLandsOnTheirWeek()
    {
        var email = $"nouvelle.coach-{Guid.NewGuid():N}@example.fr";
        var admin = await browser.SignInAsync("admin@cohorts.demo");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Administration", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Invite someone" }).ClickAsync();
        await admin.GetByLabel("E-mail address").FillAsync(email);
        await admin.GetByLabel("Name (optional)").FillAsync("Inès Lambert");
        await admin.GetByLabel("Role").SelectOptionAsync("coach");
        await admin.GetByLabel("Language of the e-mail").SelectOptionAsync("fr");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync(email);

        var link = await AcceptLinkAsync(email);
        var person = await browser.NewPageAsync("fr-FR");
        await BrowserFixture.OpenAsync(person, link.PathAndQuery);
        await Assertions.Expect(person.GetByRole(AriaRole.Heading, new() { Name = "Accepter l’invitation" })).ToBeVisibleAsync();
        await Assertions.Expect(person.GetByLabel("Votre nom")).ToHaveValueAsync("Inès Lambert");
        await person.GetByLabel("Choisissez un mot de passe").FillAsync("court");
        await person.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Assertions.Expect(person.GetByText("Ce mot de passe est trop faible", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(person.GetByLabel("Votre nom")).ToHaveValueAsync("Inès Lambert");

        await person.GetByLabel("Choisissez un mot de passe").FillAsync("Coach-Lambert-2026");
        await person.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();

        await BrowserFixture.LeaveAsync(person, "/account/");
        Assert.EndsWith("/coach/week", person.Url, StringComparison.Ordinal);
        await Assertions.Expect(person.GetByRole(AriaRole.Link, new() { Name = "Inès Lambert", Exact = true })).ToBeVisibleAsync(); // the header greets them by name
    }

    private async Task<Uri> AcceptLinkAsync(string email)
    {
        await using var db = await browser.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var message = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Recipient == email && m.Kind == "invitation");
        using var data = System.Text.Json.JsonDocument.Parse(message.Data);
        return new Uri(data.RootElement.GetProperty("url").GetString()!);
    }
}
