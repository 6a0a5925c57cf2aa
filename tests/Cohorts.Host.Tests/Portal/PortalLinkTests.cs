using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cohorts.Host.Mail;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Portal;

/// <summary>A manager sends, lists and revokes a company's portal links; the e-mails carry a working link.</summary>
public sealed partial class PortalLinkTests(DemoHostFixture host) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Send_ByTheManager_OwesAFrenchMailWhoseLinkOpensThePortal()
    {
        var company = await CompanyAsync(0);
        using var manager = await host.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var sent = await manager.PostJsonAsync($"/api/companies/{company.Id}/portal/links", new { }, HttpStatusCode.OK);

        var linkId = sent.GetProperty("link").GetProperty("id").GetGuid();
        Assert.Equal(company.ContactEmail, sent.GetProperty("link").GetProperty("email").GetString());
        Assert.Equal("active", sent.GetProperty("link").GetProperty("state").GetString());
        await using var db = await host.Factory.DomainAsync();
        var row = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Kind == "portal-link" && m.Data.Contains(linkId.ToString()));
        Assert.Equal(company.ContactEmail, row.Recipient);
        Assert.True(await db.AuditEntries.AsNoTracking().AnyAsync(a => a.Action == PortalAuditActions.LinkSent && a.SubjectId == linkId.ToString()));

        var message = Assert.Single(await host.Factory.Services.GetRequiredService<MailRenderer>().RenderAsync(row, CancellationToken.None));
        Assert.Contains("Ouvrir le portail", message.TextBody, StringComparison.Ordinal);
        var url = PortalUrl().Match(message.TextBody ?? string.Empty).Value;
        Assert.StartsWith($"{CohortsHostFactory.PublicBaseUrl}/portal/", url, StringComparison.Ordinal);
        using var client = host.Factory.CreateClient();
        using var page = await client.GetAsync(url[CohortsHostFactory.PublicBaseUrl.Length..]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(company.Name, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_Twice_SendsTheSameActiveLinkAgain()
    {
        var company = await CompanyAsync(1);
        using var manager = await host.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var first = await manager.PostJsonAsync($"/api/companies/{company.Id}/portal/links", new { email = "dirigeante@exemple.fr" }, HttpStatusCode.OK);
        var second = await manager.PostJsonAsync($"/api/companies/{company.Id}/portal/links", new { email = "dirigeante@exemple.fr" }, HttpStatusCode.OK);

        Assert.Equal(first.GetProperty("link").GetProperty("id").GetGuid(), second.GetProperty("link").GetProperty("id").GetGuid());
        Assert.True(second.GetProperty("reused").GetBoolean());
        var list = await manager.GetJsonAsync($"/api/companies/{company.Id}/portal/links");
        Assert.Single(list.EnumerateArray(), l => l.GetProperty("email").GetString() == "dirigeante@exemple.fr");
    }

    [Fact]
    public async Task Send_NotAnAddress_Is400AtEmailAndOwesNothing()
    {
        var company = await CompanyAsync(2);
        using var manager = await host.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.PostAsync($"/api/companies/{company.Id}/portal/links", System.Net.Http.Json.JsonContent.Create(new { email = "pas une adresse" }));

        await ApiJson.AssertProblemAsync(response, HttpStatusCode.BadRequest, "email");
        await using var db = await host.Factory.DomainAsync();
        Assert.False(await db.PortalLinks.AsNoTracking().AnyAsync(l => l.CompanyId == company.Id));
    }

    [Fact]
    public async Task Send_ByACoach_IsRefused()
    {
        var company = await CompanyAsync(3);
        using var coach = await host.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var response = await coach.PostAsync($"/api/companies/{company.Id}/portal/links", System.Net.Http.Json.JsonContent.Create(new { }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Revoke_ByTheManager_ClosesThePortalAtOnce()
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 4);
        using var manager = await host.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var client = host.Factory.CreateClient();
        using (var before = await client.GetAsync($"/portal/{seeded.Token}"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var revoked = await manager.PostJsonAsync($"/api/companies/{seeded.CompanyId}/portal/links/{seeded.LinkId}/revoke", new { }, HttpStatusCode.OK);

        Assert.Equal("revoked", revoked.GetProperty("state").GetString());
        using var after = await client.GetAsync($"/portal/{seeded.Token}");
        Assert.Equal(HttpStatusCode.Gone, after.StatusCode);
        var html = await after.Content.ReadAsStringAsync();
        Assert.Contains("Ce lien a été révoqué", html, StringComparison.Ordinal);
        Assert.Contains("This link was revoked", html, StringComparison.Ordinal);
        await using var db = await host.Factory.DomainAsync();
        Assert.True(await db.AuditEntries.AsNoTracking().AnyAsync(a => a.Action == PortalAuditActions.LinkRevoked && a.SubjectId == seeded.LinkId.ToString()));
    }

    [Fact]
    public async Task FormRequestedMail_InFrench_NamesTheFormAndLinksToItsPage()
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 5);
        var requestId = await PortalSeed.RequestAsync(host.Factory, seeded);
        foreach (var kind in new[] { "form-requested", "form-reminder" })
        {
            var data = new JsonObject
            {
                ["requestId"] = requestId.ToString(),
                ["portalLinkId"] = seeded.LinkId.ToString(),
                ["company"] = seeded.CompanyName,
                ["cohort"] = FunderData.Batisseurs,
                ["formName"] = new JsonObject { ["en"] = "Quarterly check-in", ["fr"] = "Point trimestriel" },
                ["dueAt"] = host.Clock.GetUtcNow().AddDays(14).ToString("O"),
            };
            var row = new OutgoingMessage(Guid.NewGuid(), $"test-{kind}-{requestId}", kind, seeded.Email, data.ToJsonString(), host.Clock.GetUtcNow());

            var message = Assert.Single(await host.Factory.Services.GetRequiredService<MailRenderer>().RenderAsync(row, CancellationToken.None));

            Assert.Contains("Point trimestriel", message.Subject, StringComparison.Ordinal);
            Assert.Contains("30\u00a0mars\u00a02026", message.TextBody, StringComparison.Ordinal);
            var url = PortalUrl().Match(message.TextBody ?? string.Empty).Value;
            Assert.StartsWith($"{CohortsHostFactory.PublicBaseUrl}/portal/", url, StringComparison.Ordinal);
            Assert.EndsWith($"/forms/{requestId:D}", url, StringComparison.Ordinal);
            using var client = host.Factory.CreateClient();
            using var page = await client.GetAsync(url[CohortsHostFactory.PublicBaseUrl.Length..]);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task LinksPage_Manager_SendsRefusesABadAddressAndRevokes()
    {
        var company = await CompanyAsync(6);
        using var manager = await host.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var path = $"/manage/cohorts/{company.CohortId}/companies/{company.Id}/portal";
        using (var companyPage = await manager.GetAsync($"/manage/cohorts/{company.CohortId}/companies/{company.Id}"))
        {
            Assert.Contains($"href=\"{path}\"", await companyPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var antiforgery = await Forms.GetAsync(manager, path);
        using var bad = await Forms.PostAsync(manager, path + "?handler=Send", antiforgery, new Dictionary<string, string> { ["Email"] = "pas-une-adresse" });
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("This is not an e-mail address", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"pas-une-adresse\"", badHtml, StringComparison.Ordinal);

        // A right-to-left override would show the address reversed in the recipient's list: refused as for a plan's companies.
        using var reversed = await Forms.PostAsync(manager, path + "?handler=Send", antiforgery, new Dictionary<string, string> { ["Email"] = "abc\u202Eevil@example.org" });
        Assert.Contains("This is not an e-mail address", await reversed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var sent = await Forms.PostAsync(manager, path + "?handler=Send", antiforgery, new Dictionary<string, string> { ["Email"] = company.ContactEmail });
        Assert.Contains($"Link sent to {company.ContactEmail}.", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = await host.Factory.DomainAsync();
        var link = await db.PortalLinks.AsNoTracking().SingleAsync(l => l.CompanyId == company.Id);

        using var revoked = await Forms.PostAsync(manager, $"{path}?handler=Revoke&linkId={link.Id}", antiforgery, new Dictionary<string, string>());
        Assert.Contains("no longer opens the portal", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var after = await host.Factory.DomainAsync();
        Assert.NotNull((await after.PortalLinks.AsNoTracking().SingleAsync(l => l.Id == link.Id)).RevokedAt);
    }

    private async Task<Cohorts.Workflows.Domain.Company> CompanyAsync(int index)
    {
        await using var db = await host.Factory.DomainAsync();
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Name == FunderData.Batisseurs);
        return (await db.Companies.AsNoTracking().Where(c => c.CohortId == cohort.Id).ToListAsync()).OrderBy(c => c.Name, StringComparer.Ordinal).ElementAt(index);
    }

    [GeneratedRegex(@"https://cohorts\.test/portal/\S+")]
    private static partial Regex PortalUrl();
}
