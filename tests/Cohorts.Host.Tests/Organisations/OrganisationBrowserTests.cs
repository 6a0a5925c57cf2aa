using Cohorts.Host.Tests.Browser;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Organisations;

/// <summary>A manager adds an organisation in French (a bad web site refused next to its field, the input kept), then links it as a partner of a programme.</summary>
public sealed class OrganisationBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Manager_AddsAnOrganisationInFrenchThenLinksItAsPartner_ErrorNextToTheFieldAndLinkListed()
    {
        var cohort = await browser.Factory.CohortAsync();
        var page = await browser.SignInAsync(TestAccounts.Manager, "fr-FR");
        await BrowserFixture.OpenAsync(page, "/manage/organisations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter une organisation" }).ClickAsync();

        var form = page.Locator("#organisation-form");
        await form.GetByLabel("Nom", new() { Exact = true }).FillAsync("Technopôle Lambda");
        await form.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Pôle / réseau" });
        await form.GetByLabel("Site web", new() { Exact = false }).FillAsync("lambda.example.org");
        await form.GetByRole(AriaRole.Button, new() { Name = "Ajouter l’organisation" }).ClickAsync();

        await Assertions.Expect(page.Locator("#organisation-form [data-valmsg-for='Form.Website']")).ToContainTextAsync("adresse complète commençant par https://");
        await Assertions.Expect(page.Locator("#organisation-form").GetByLabel("Nom", new() { Exact = true })).ToHaveValueAsync("Technopôle Lambda");
        await Assertions.Expect(page.Locator("#organisation-form").GetByLabel("Type")).ToHaveValueAsync(nameof(OrganisationKind.Cluster));
        await using (var db = await browser.Factory.DomainAsync())
        {
            Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Technopôle Lambda"));
        }

        await page.Locator("#organisation-form").GetByLabel("Site web", new() { Exact = false }).FillAsync("https://lambda.example.org");
        await page.Locator("#organisation-form").GetByRole(AriaRole.Button, new() { Name = "Ajouter l’organisation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Technopôle Lambda", Level = 1 })).ToBeVisibleAsync();

        await BrowserFixture.OpenAsync(page, $"/manage/programmes/{cohort.ProgrammeId}");
        var section = page.Locator("#programme-organisations");
        await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Partenaires et organisations" })).ToBeVisibleAsync();
        await section.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Technopôle Lambda" });
        await section.GetByLabel("Rôle").SelectOptionAsync(new SelectOptionValue { Label = "Partenaire" });
        await section.GetByRole(AriaRole.Button, new() { Name = "L’associer" }).ClickAsync();

        var row = page.Locator("#programme-organisations tr", new() { HasText = "Technopôle Lambda" });
        await Assertions.Expect(row).ToContainTextAsync("Partenaire");
        await Assertions.Expect(row).ToContainTextAsync("Pôle / réseau");
        await using var check = await browser.Factory.DomainAsync();
        var id = await check.Organisations.Where(o => o.Name == "Technopôle Lambda").Select(o => o.Id).SingleAsync();
        Assert.True(await check.ProgrammeOrganisations.AnyAsync(l => l.ProgrammeId == cohort.ProgrammeId && l.OrganisationId == id && l.Role == ProgrammeOrganisationRole.Partner));
    }
}
