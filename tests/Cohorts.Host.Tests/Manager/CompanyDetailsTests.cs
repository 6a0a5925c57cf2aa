using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Manager;

/// <summary>A manager corrects a company's details during the cohort: through the API and the company's page.</summary>
public sealed class CompanyDetailsTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task ChangeDetails_NewContactAndLanguage_SavesAuditsRevokesTheFormerContactsLinksAndWritesInEnglish()
    {
        var (cohortId, company) = await ActiveCompanyAsync(0);
        var id = company.GetProperty("id").GetGuid();
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var formerLink = (await manager.PostJsonAsync($"/api/companies/{id}/portal/links", new { }, HttpStatusCode.OK)).GetProperty("link").GetProperty("id").GetGuid();
        var contact = $"new-contact-{Guid.NewGuid():N}@example.fr";
        var name = company.GetProperty("name").GetString() + " SAS";

        var changed = await PutAsync(manager, $"/api/companies/{id}", new
        {
            name,
            sector = "industrie",
            headcount = 42,
            location = "Chartres",
            contactEmail = contact,
            contactLanguage = "en",
            needs = new[] { "export", "design" },
        });
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Equal(name, changed.Body.GetProperty("name").GetString());
        Assert.Equal(contact, changed.Body.GetProperty("contactEmail").GetString());
        Assert.Equal("en", changed.Body.GetProperty("contactLanguage").GetString());
        Assert.Equal(42, changed.Body.GetProperty("headcount").GetInt32());
        Assert.Equal(company.GetProperty("status").GetString(), changed.Body.GetProperty("status").GetString());
        Assert.Equal(company.GetProperty("coachId").GetGuid(), changed.Body.GetProperty("coachId").GetGuid());

        var links = (await manager.GetJsonAsync($"/api/companies/{id}/portal/links")).EnumerateArray().ToList();
        Assert.Equal("revoked", links.Single(l => l.GetProperty("id").GetGuid() == formerLink).GetProperty("state").GetString(), ignoreCase: true);

        // The new contact's link is owed in the language chosen for them.
        await manager.PostJsonAsync($"/api/companies/{id}/portal/links", new { }, HttpStatusCode.OK);
        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var owed = await db.OutgoingMessages.AsNoTracking().Where(m => m.Recipient == contact && m.Kind == "portal-link").ToListAsync();
        Assert.Equal("en", (string?)JsonNode.Parse(Assert.Single(owed).Data)!["culture"]);
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "company.details-changed" && a.CompanyId == id);
        Assert.Equal(cohortId, audit.CohortId);
        Assert.Contains("\"linksRevoked\":1", audit.Data, StringComparison.Ordinal);

        // The same address in other letter case is the same contact: stored as typed, its link kept.
        var cased = await PutAsync(manager, $"/api/companies/{id}", new { name, sector = "industrie", headcount = 42, location = "Chartres", contactEmail = contact.ToUpperInvariant(), contactLanguage = "en", needs = new[] { "export", "design" } });
        Assert.Equal(contact.ToUpperInvariant(), cased.Body.GetProperty("contactEmail").GetString());
        Assert.All(
            (await manager.GetJsonAsync($"/api/companies/{id}/portal/links")).EnumerateArray().Where(l => l.GetProperty("id").GetGuid() != formerLink),
            l => Assert.NotEqual("revoked", l.GetProperty("state").GetString(), StringComparer.OrdinalIgnoreCase));
        contact = contact.ToUpperInvariant();

        // The same details again change nothing and audit nothing.
        var again = await PutAsync(manager, $"/api/companies/{id}", new { name, sector = "industrie", headcount = 42, location = "Chartres", contactEmail = contact, contactLanguage = "en", needs = new[] { "export", "design" } });
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "company.details-changed" && a.CompanyId == id));
    }

    [Fact]
    public async Task ChangeDetails_BadTakenOrNotAllowed_IsRefusedByFieldAndChangesNothing()
    {
        var (_, company) = await ActiveCompanyAsync(1);
        var (_, other) = await ActiveCompanyAsync(2);
        var id = company.GetProperty("id").GetGuid();
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var before = (await manager.GetJsonAsync($"/api/companies/{id}")).GetRawText();

        var bad = await PutAsync(manager, $"/api/companies/{id}", new { name = "", sector = "x", headcount = -3, location = "", contactEmail = "not an address", contactLanguage = "de", needs = new[] { "export", null, " " } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        var errors = bad.Body.GetProperty("errors");
        // A null or blank need is refused at its index, not dropped.
        foreach (var field in new[] { "name", "headcount", "location", "contactEmail", "contactLanguage", "needs[1]", "needs[2]" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"No problem named {field}: {errors}");
        }

        // Left out, the headcount and the needs are refused with the other problems, not filled in.
        var missing = await PutAsync(manager, $"/api/companies/{id}", new { name = "", sector = "x", location = "y", contactEmail = "a@example.fr" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        foreach (var field in new[] { "headcount", "needs", "name" })
        {
            Assert.True(missing.Body.GetProperty("errors").TryGetProperty(field, out _), $"No problem named {field}: {missing.Body}");
        }

        // Another company's name, in other letter case, is taken.
        var taken = await PutAsync(manager, $"/api/companies/{id}", Same(company, other.GetProperty("name").GetString()!.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.Conflict, taken.Status);
        Assert.True(taken.Body.GetProperty("errors").TryGetProperty("name", out _));

        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(coach, $"/api/companies/{id}", Same(company, "Autre nom"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(manager, $"/api/companies/{Guid.NewGuid()}", Same(company, "Autre nom"))).Status);
        Assert.Equal(before, (await manager.GetJsonAsync($"/api/companies/{id}")).GetRawText());
    }

    [Fact]
    public async Task EditPage_InFrench_KeepsTheInputWithTheMessageByTheFieldThenSavesAndSaysSo()
    {
        var (cohortId, company) = await ActiveCompanyAsync(3);
        var id = company.GetProperty("id").GetGuid();
        var name = company.GetProperty("name").GetString()!;
        using var page = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var companyPage = WebUtility.HtmlDecode(await page.GetStringAsync($"/manage/cohorts/{cohortId}/companies/{id}?culture=fr"));
        Assert.Contains($"href=\"/manage/cohorts/{cohortId}/companies/{id}/edit\"", companyPage, StringComparison.Ordinal);
        Assert.Contains("Modifier la fiche", companyPage, StringComparison.Ordinal);

        var path = $"/manage/cohorts/{cohortId}/companies/{id}/edit?culture=fr";
        var form = WebUtility.HtmlDecode(await page.GetStringAsync(path));
        Assert.Contains($"value=\"{company.GetProperty("contactEmail").GetString()}\"", form, StringComparison.Ordinal);
        Assert.Contains("Celle de sa candidature, sinon le français", form, StringComparison.Ordinal);

        var token = await Forms.GetAsync(page, path);
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.Sector"] = "services",
            ["Form.Headcount"] = "12",
            ["Form.Location"] = "Dreux",
            ["Form.ContactEmail"] = "pas une adresse",
            ["Form.ContactLanguage"] = "en",
            ["Form.Needs"] = "export",
        };
        using var refused = await Forms.PostAsync(page, path, token, fields);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("value=\"Dreux\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"pas une adresse\"", html, StringComparison.Ordinal);
        // A wrong address is told as such, not as a missing one.
        Assert.Matches("data-valmsg-for=\"Form.ContactEmail\"[^>]*>Indiquez une adresse e-mail, par exemple nom@exemple.fr.<", html);
        Assert.Matches("<option selected=\"selected\" value=\"en\">|<option value=\"en\" selected=\"selected\">", html);

        fields["Form.ContactEmail"] = $"contact-{Guid.NewGuid():N}@example.fr";
        using var saved = await Forms.PostAsync(page, path, token, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/manage/cohorts/{cohortId}/companies/{id}", saved.Headers.Location?.OriginalString);
        var after = WebUtility.HtmlDecode(await page.GetStringAsync($"/manage/cohorts/{cohortId}/companies/{id}?culture=fr"));
        // "de" elides before a vowel: « Fiche d’Atelier Simon ».
        var of = $"Fiche d(e |’){System.Text.RegularExpressions.Regex.Escape(name)}";
        Assert.Matches($"{of} enregistrée\\.", after);
        Assert.Matches("id=\"contact-language\">English<", after);
        Assert.Contains(fields["Form.ContactEmail"], after, StringComparison.Ordinal);

        var history = WebUtility.HtmlDecode(await page.GetStringAsync($"/manage/cohorts/{cohortId}/history?culture=fr&q={Uri.EscapeDataString(name)}"));
        Assert.Matches($"{of} modifiée\u00a0: [^<]*l’adresse du contact, la langue du contact", history);
    }

    private static object Same(JsonElement company, string name) => new
    {
        name,
        sector = company.GetProperty("sector").GetString(),
        headcount = company.GetProperty("headcount").GetInt32(),
        location = company.GetProperty("location").GetString(),
        contactEmail = company.GetProperty("contactEmail").GetString(),
        needs = company.GetProperty("needs").EnumerateArray().Select(n => n.GetString()).ToArray(),
    };

    /// <summary>The n-th active company of the demo's running cohort: each test its own.</summary>
    private async Task<(Guid CohortId, JsonElement Company)> ActiveCompanyAsync(int index)
    {
        var cohort = await demo.Factory.CohortAsync();
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var companies = (await manager.GetJsonAsync($"/api/cohorts/{cohort.Id}/companies")).EnumerateArray()
            .Where(c => c.GetProperty("status").GetString() == "Active")
            .OrderBy(c => c.GetProperty("id").GetGuid())
            .ToList();
        return (cohort.Id, companies[index]);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PutAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PutAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
