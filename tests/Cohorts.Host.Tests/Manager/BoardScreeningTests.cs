using System.Net;
using System.Text.RegularExpressions;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>The board's screening buttons follow the company's page: one already on the waiting list is accepted or rejected, not waitlisted again.</summary>
public sealed class BoardScreeningTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Board_CompanyOnTheWaitingList_OffersAcceptAndRejectOnly()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var applied = await manager.PostJsonAsync($"/api/cohorts/{cohort.Id}/companies", new { name = "Atelier en attente", sector = "crafts", headcount = 4, location = "Anet", contactEmail = "attente@atelier.example", needs = new[] { "export" } }, HttpStatusCode.Created);
        var appliedId = applied.GetProperty("id").GetGuid();
        var waiting = await manager.PostJsonAsync($"/api/cohorts/{cohort.Id}/companies", new { name = "Atelier patient", sector = "crafts", headcount = 4, location = "Anet", contactEmail = "patient@atelier.example", needs = new[] { "export" } }, HttpStatusCode.Created);
        var waitingId = waiting.GetProperty("id").GetGuid();
        await manager.PostJsonAsync($"/api/companies/{waitingId}/screening", new { decision = "waitlisted", reasons = "Plus de place." }, HttpStatusCode.OK);

        using var page = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var board = await page.GetStringAsync($"/manage/cohorts/{cohort.Id}");

        Assert.Equal(["accepted", "waitlisted", "rejected"], Decisions(board, appliedId));
        Assert.Equal(["accepted", "rejected"], Decisions(board, waitingId));
    }

    private static string[] Decisions(string board, Guid companyId)
    {
        var form = Regex.Match(board, $"name=\"companyId\" value=\"{companyId}\"(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"No screening form for {companyId}.");
        return [.. Regex.Matches(form.Groups[1].Value, "name=\"decision\" value=\"([a-z]+)\"").Select(m => m.Groups[1].Value)];
    }
}
