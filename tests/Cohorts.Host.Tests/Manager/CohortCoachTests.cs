using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Manager;

/// <summary>A coach joins a running cohort: through the API and the coaches' page, invited, then given a company.</summary>
public sealed class CohortCoachTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task AddCoach_ToTheRunningCohort_IsInvitedCanBeGivenACompanyAndSeesIt()
    {
        var cohort = await demo.Factory.CohortAsync();
        var email = $"nadia-{Guid.NewGuid():N}@example.fr";
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var added = await manager.PostJsonAsync($"/api/cohorts/{cohort.Id}/coaches", new { name = "Nadia Haddad", email, capacity = 4, expertise = new[] { "export" } }, HttpStatusCode.Created);
        var coachId = added.GetProperty("id").GetGuid();
        Assert.Equal("Nadia Haddad", added.GetProperty("name").GetString());

        var details = await manager.GetJsonAsync($"/api/cohorts/{cohort.Id}");
        Assert.Contains(details.GetProperty("coaches").EnumerateArray(), c => c.GetProperty("id").GetGuid() == coachId);
        await using (var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync())
        {
            Assert.True(await db.OutgoingMessages.AnyAsync(m => m.Recipient == email && m.Kind == "invitation"));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "cohort.coach-added" && a.CohortId == cohort.Id && a.SubjectId == coachId.ToString()));
        }

        // Given a company of the cohort, the new coach (once their account exists) sees it, and only it.
        var company = (await manager.GetJsonAsync($"/api/cohorts/{cohort.Id}/companies")).EnumerateArray()
            .First(c => c.GetProperty("status").GetString() == "Active");
        using (var assigned = await manager.PutAsJsonAsync($"/api/companies/{company.GetProperty("id").GetGuid()}/coach", new { coachId }))
        {
            Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        }

        await demo.Factory.CreateUserAsync(email, CohortsRoles.Coach);
        using var coach = await demo.Factory.CreateApiClientAsync(email);
        var theirs = await coach.GetJsonAsync($"/api/cohorts/{cohort.Id}/companies");
        Assert.Equal([company.GetProperty("id").GetGuid()], theirs.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task AddCoach_BadOrTakenOrNotAllowed_IsRefusedByFieldAndChangesNothing()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var before = (await manager.GetJsonAsync($"/api/cohorts/{cohort.Id}")).GetProperty("coaches").GetArrayLength();

        var bad = await PostAsync(manager, $"/api/cohorts/{cohort.Id}/coaches", new { name = "", email = "not an address", capacity = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        var errors = bad.Body.GetProperty("errors");
        foreach (var field in new[] { "name", "email", "capacity" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"No problem named {field}: {errors}");
        }

        var taken = await PostAsync(manager, $"/api/cohorts/{cohort.Id}/coaches", new { name = "Julien Martin", email = TestAccounts.CoachMartin.ToUpperInvariant(), capacity = 3 });
        Assert.Equal(HttpStatusCode.Conflict, taken.Status);
        Assert.True(taken.Body.GetProperty("errors").TryGetProperty("email", out _));

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(coach, $"/api/cohorts/{cohort.Id}/coaches", new { name = "X", email = "x@example.fr", capacity = 3 })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(manager, $"/api/cohorts/{Guid.NewGuid()}/coaches", new { name = "X", email = "x@example.fr", capacity = 3 })).Status);
        Assert.Equal(before, (await manager.GetJsonAsync($"/api/cohorts/{cohort.Id}")).GetProperty("coaches").GetArrayLength());
    }

    [Fact]
    public async Task AddCoachPage_InFrench_KeepsTheInputWithTheMessageByTheFieldThenAddsAndSaysSo()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var page = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var path = $"/manage/cohorts/{cohort.Id}/coaches/new?culture=fr";
        var coaches = WebUtility.HtmlDecode(await page.GetStringAsync($"/manage/cohorts/{cohort.Id}/coaches?culture=fr"));
        Assert.Contains($"href=\"/manage/cohorts/{cohort.Id}/coaches/new\"", coaches, StringComparison.Ordinal);
        Assert.Contains("Ajouter un coach", coaches, StringComparison.Ordinal);

        var token = await Forms.GetAsync(page, path);
        using var refused = await Forms.PostAsync(page, path, token, new Dictionary<string, string>
        {
            ["Form.Name"] = "Léa Fontaine",
            ["Form.Email"] = TestAccounts.CoachMartin,
            ["Form.Capacity"] = "3",
            ["Form.Expertise"] = "design, export",
        });
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("id=\"Form_Email\"[^>]*value=\"" + TestAccounts.CoachMartin.Replace(".", "\\.", StringComparison.Ordinal) + "\"|value=\"" + TestAccounts.CoachMartin.Replace(".", "\\.", StringComparison.Ordinal) + "\"[^>]*id=\"Form_Email\"", html);
        Assert.Contains("value=\"Léa Fontaine\"", html, StringComparison.Ordinal);
        Assert.Matches("data-valmsg-for=\"Form.Email\"[^>]*>La promotion a déjà un coach avec cette adresse e-mail\\.<", html);

        var email = $"lea-{Guid.NewGuid():N}@example.fr";
        using var added = await Forms.PostAsync(page, path, token, new Dictionary<string, string>
        {
            ["Form.Name"] = "Léa Fontaine",
            ["Form.Email"] = email,
            ["Form.Capacity"] = "3",
            ["Form.Expertise"] = "design, export",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/manage/cohorts/{cohort.Id}/coaches", added.Headers.Location?.OriginalString);
        var after = WebUtility.HtmlDecode(await page.GetStringAsync($"/manage/cohorts/{cohort.Id}/coaches?culture=fr"));
        Assert.Contains("Léa Fontaine a rejoint les coachs de la promotion\u00a0: confiez-lui des entreprises", after, StringComparison.Ordinal);
        Assert.Contains("data-coach=\"Léa Fontaine\"", after, StringComparison.Ordinal);

        var history = WebUtility.HtmlDecode(await page.GetStringAsync($"/manage/cohorts/{cohort.Id}/history?culture=fr"));
        Assert.Contains("Léa Fontaine a rejoint les coachs de la promotion", history, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
