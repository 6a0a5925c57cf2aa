using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Manager;

/// <summary>A manager adds a funder to a running cohort: through the API and the cohort's funders page, in French.</summary>
public sealed class CohortFunderTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task AddFunder_AccountHolder_SeesTheCohortFromThenOnAndANewPersonIsInvited()
    {
        var openLab = await demo.Factory.OpenLabIdAsync();
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using (var before = await funder.GetAsync($"/api/cohorts/{openLab}/progress"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        }

        var added = await manager.PostJsonAsync($"/api/cohorts/{openLab}/funders", new { name = "Fondation Entreprendre", email = TestAccounts.Funder.ToUpperInvariant(), share = 0.25m }, HttpStatusCode.Created);
        Assert.Equal("Fondation Entreprendre", added.GetProperty("name").GetString());
        Assert.Equal(0.25m, added.GetProperty("share").GetDecimal());

        // The demo's funder signs in with that address (in other letter case): the cohort is theirs to follow now.
        using (var after = await funder.GetAsync($"/api/cohorts/{openLab}/progress"))
        {
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }

        var cohort = await manager.GetJsonAsync($"/api/cohorts/{openLab}");
        Assert.Contains(cohort.GetProperty("funders").EnumerateArray(), f => f.GetProperty("id").GetGuid() == added.GetProperty("id").GetGuid());

        // Someone without an account is invited, as a funder, in the same change.
        var newcomer = $"finance-{Guid.NewGuid():N}@region.example";
        await manager.PostJsonAsync($"/api/cohorts/{openLab}/funders", new { name = "Région", email = newcomer, share = 0.1m }, HttpStatusCode.Created);
        await using var db = await demo.Factory.DomainAsync();
        Assert.Single(await db.OutgoingMessages.AsNoTracking().Where(m => m.Recipient == newcomer && m.Kind == "invitation").ToListAsync());
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "cohort.funder-added" && a.CohortId == openLab));
    }

    [Fact]
    public async Task AddFunder_BadOverTheBudgetTakenOrNotAllowed_IsRefusedByFieldAndChangesNothing()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var path = $"/api/cohorts/{cohort.Id}/funders";
        var before = await FundersAsync(cohort.Id);
        var existing = before[0];
        var left = 1m - before.Sum(f => f.Share);

        using var bad = await manager.PostAsJsonAsync(path, new { name = " ", email = "not an address", share = 0m });
        var problem = await bad.AssertProblemAsync(HttpStatusCode.BadRequest, "name");
        foreach (var field in new[] { "email", "share" })
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"No problem named {field}: {problem}");
        }

        // More than the budget left: the message says how much is.
        using var over = await manager.PostAsJsonAsync(path, new { name = "Région", email = "region@example.fr", share = left + 0.01m });
        var overProblem = await over.AssertProblemAsync(HttpStatusCode.BadRequest, "share");
        Assert.Contains($"at most {left * 100:0.##}% is left", overProblem.GetProperty("errors").GetProperty("share")[0].GetString(), StringComparison.Ordinal);

        using var taken = await manager.PostAsJsonAsync(path, new { name = "Autre", email = existing.Email.ToUpperInvariant(), share = 0.01m });
        await taken.AssertProblemAsync(HttpStatusCode.Conflict, "email");

        using var forbidden = await coach.PostAsJsonAsync(path, new { name = "Région", email = "region@example.fr", share = 0.1m });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var missing = await manager.PostAsJsonAsync($"/api/cohorts/{Guid.NewGuid()}/funders", new { name = "Région", email = "region@example.fr", share = 0.1m });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        Assert.Equal(before.Select(f => f.Id), (await FundersAsync(cohort.Id)).Select(f => f.Id));
    }

    [Fact]
    public async Task FundersPage_InFrench_KeepsTheInputWithTheMessageByTheFieldThenAddsAndSaysSo()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var page = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var board = WebUtility.HtmlDecode(await page.GetStringAsync($"/manage/cohorts/{cohort.Id}?culture=fr"));
        Assert.Matches($"href=\"/manage/cohorts/{cohort.Id}/funders\">Financeurs<", board);

        var path = $"/manage/cohorts/{cohort.Id}/funders?culture=fr";
        var list = WebUtility.HtmlDecode(await page.GetStringAsync(path));
        var funders = await FundersAsync(cohort.Id);
        var existing = funders[0];
        Assert.Contains($"Financeurs de la promotion {cohort.Name}", list, StringComparison.Ordinal);
        Assert.Contains(existing.Email, list, StringComparison.Ordinal);
        Assert.Contains($"{existing.Share * 100:0.##}\u202F%", list, StringComparison.Ordinal);

        var token = await Forms.GetAsync(page, path);
        var fields = new Dictionary<string, string> { ["Form.Name"] = "Région Centre", ["Form.Email"] = "finance@region-centre.example", ["Form.Share"] = "quatre-vingts" };
        using var refused = await Forms.PostAsync(page, path, token, fields);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("value=\"Région Centre\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"quatre-vingts\"", html, StringComparison.Ordinal);
        Assert.Matches("data-valmsg-for=\"Form.Share\"[^>]*>Indiquez la part en pourcentage", html);

        // More than the budget left: said in French, with what is left.
        var left = 1m - funders.Sum(f => f.Share);
        fields["Form.Share"] = "100 %";
        using var over = await Forms.PostAsync(page, path, token, fields);
        Assert.Matches($"data-valmsg-for=\"Form.Share\"[^>]*>Les financeurs couvrent déjà [^<]* du budget\u00a0: indiquez une part d’au plus {left * 100:0.##}\u202F%\\.<", WebUtility.HtmlDecode(await over.Content.ReadAsStringAsync()));

        fields["Form.Share"] = "12,5 %";
        using var saved = await Forms.PostAsync(page, path, token, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = WebUtility.HtmlDecode(await page.GetStringAsync(path));
        Assert.Contains("Région Centre a rejoint les financeurs de la promotion\u00a0:", after, StringComparison.Ordinal);
        Assert.Contains("12,5\u202F%", after, StringComparison.Ordinal);
        Assert.Equal(0.125m, (await FundersAsync(cohort.Id)).Single(f => f.Name == "Région Centre").Share);

        var history = WebUtility.HtmlDecode(await page.GetStringAsync($"/manage/cohorts/{cohort.Id}/history?culture=fr"));
        Assert.Contains("Région Centre a rejoint les financeurs de la promotion", history, StringComparison.Ordinal);
    }

    private async Task<List<Workflows.Domain.Funder>> FundersAsync(Guid cohortId)
    {
        await using var db = await demo.Factory.DomainAsync();
        return await db.Funders.AsNoTracking().Where(f => f.CohortId == cohortId).OrderBy(f => f.Name).ToListAsync();
    }
}
