using System.Net;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Metrics;

/// <summary>The manager's cohort progress page shows the metric KPIs beside the indicators; a programme without metrics shows none.</summary>
public sealed class MetricPageTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task ManagerProgressPage_CohortWithMetrics_ShowsEachWithItsChart_OtherCohortShowsNone()
    {
        var (_, cohortId) = await MetricData.SeedAsync(demo.Factory);
        var openLab = await Funder.FunderData.OpenLabIdAsync(demo.Factory);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);

        using var page = await client.GetAsync($"/manage/cohorts/{cohortId}/progress");
        using var other = await client.GetAsync($"/manage/cohorts/{openLab}/progress");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<section id=\"metrics\">", html, StringComparison.Ordinal);
        Assert.Contains("data-metric=\"jobs-created\"", html, StringComparison.Ordinal);
        Assert.Contains($"/api/cohorts/{cohortId}/metrics/revenue/chart.png", html, StringComparison.Ordinal);
        Assert.Contains("15&#xA0;jobs", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.DoesNotContain("id=\"metrics\"", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
