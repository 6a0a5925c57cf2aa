using System.Net;
using System.Net.Http.Json;
using Cohorts.Host.Manage;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>
/// A preview has a budget: a thousand companies for one coach (whose free slots are looked for one session at a time)
/// held the request for minutes. Past the budget, on the host's clock, it stops and is refused naming the companies.
/// </summary>
public sealed class PreviewBudgetTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task PreviewCohort_PastItsBudget_StopsAndAnswers400NamingCompanies()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var plan = new
        {
            programmeId = "boost-innovation",
            name = "Too large a preview",
            startDate = "2026-09-01",
            companies = Enumerable.Range(0, 1_000).Select(i => new { name = $"Entreprise {i}", sector = "Industrie", headcount = 10, location = "Lille", contactEmail = $"e{i}@example.fr" }),
            coaches = new[] { new { name = "Claire Seule", email = "claire.seule@example.fr", capacity = 1_000 } },
        };

        var sent = manager.PostAsJsonAsync("/api/cohorts/preview", plan);
        while (!sent.IsCompleted)
        {
            // The budget runs on the host's clock: moved past it until the preview gives up.
            demo.Clock.Advance(SimulationPreviewer.Budget + TimeSpan.FromSeconds(1));
            await Task.WhenAny(sent, Task.Delay(TimeSpan.FromMilliseconds(200)));
        }

        using var response = await sent;
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "companies");
        Assert.Contains("30 seconds", problem.ToString(), StringComparison.Ordinal);
    }
}
