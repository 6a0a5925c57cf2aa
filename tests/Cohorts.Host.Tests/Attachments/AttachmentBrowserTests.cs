using Cohorts.Host.Tests.Browser;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Attachments;

/// <summary>A manager attaches an attendance sheet on a company's page, in French; a renamed executable is refused next to the field.</summary>
public sealed class AttachmentBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Manager_AddsAFileOnACompanysPage_ListedWithItsDownloadLinkAndARenamedExecutableRefused()
    {
        var cohort = await browser.Factory.CohortAsync();
        Guid companyId;
        await using (var db = await browser.Factory.DomainAsync())
        {
            companyId = await db.Companies.Where(c => c.CohortId == cohort.Id).OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
        }

        var page = await browser.SignInAsync(TestAccounts.Manager, "fr-FR");
        await BrowserFixture.OpenAsync(page, $"/manage/cohorts/{cohort.Id}/companies/{companyId}");
        var panel = page.Locator("#attachments");
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Fichiers et liens" })).ToBeVisibleAsync();

        await panel.GetByLabel("Fichier", new() { Exact = false }).First.SetInputFilesAsync(new FilePayload { Name = "emargement.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() });
        await panel.GetByLabel("Nom affiché (facultatif)").FillAsync("Feuille d'émargement de mars");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Ajouter le fichier" }).ClickAsync();

        await BrowserFixture.ArriveAsync(page, new System.Text.RegularExpressions.Regex($"/companies/{companyId}"));
        var link = page.Locator("#attachments").GetByRole(AriaRole.Link, new() { Name = "Feuille d'émargement de mars" });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/api/attachments/[0-9a-f-]{36}$"));

        await page.Locator("#attachments").GetByLabel("Fichier", new() { Exact = false }).First.SetInputFilesAsync(new FilePayload { Name = "devis.pdf", MimeType = "application/pdf", Buffer = [0x4D, 0x5A, 0x90, 0x00] });
        await page.Locator("#attachments").GetByLabel("Nom affiché (facultatif)").FillAsync("Devis");
        await page.Locator("#attachments").GetByRole(AriaRole.Button, new() { Name = "Ajouter le fichier" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("n’est pas celui d’un fichier PDF");
        await Assertions.Expect(page.GetByLabel("Nom affiché (facultatif)")).ToHaveValueAsync("Devis");
        await using var check = await browser.Factory.DomainAsync();
        Assert.Equal(["Feuille d'émargement de mars"], await check.Attachments.Where(a => a.OwnerId == companyId.ToString()).Select(a => a.Name).ToListAsync());
    }
}
