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

    [Fact]
    public async Task TargetsPage_Manager_KeepsABadValueWithItsMessage_ThenSavesAndTheApiUsesIt()
    {
        var (_, cohortId) = await MetricData.SeedAsync(demo.Factory);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var path = $"/manage/cohorts/{cohortId}/metrics/targets";
        var token = await Forms.GetAsync(client, path);

        using var bad = await Forms.PostAsync(client, path, token, new Dictionary<string, string> { ["Targets[jobs-created]"] = "beaucoup", ["Targets[revenue]"] = "4000" });
        var badHtml = await bad.Content.ReadAsStringAsync();
        using var negative = await Forms.PostAsync(client, path, token, new Dictionary<string, string> { ["Targets[jobs-created]"] = "-2" });
        var negativeHtml = await negative.Content.ReadAsStringAsync();
        var stillNone = await (await (await demo.Factory.CreateApiClientAsync(TestAccounts.Manager)).GetAsync($"/api/cohorts/{cohortId}/metrics")).Content.ReadAsStringAsync();
        using var good = await Forms.PostAsync(client, path, token, new Dictionary<string, string> { ["Targets[jobs-created]"] = "25", ["Targets[revenue]"] = "" });

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("A number, or nothing for the programme&#x27;s target.", badHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"beaucoup\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("A number from 0 to", negativeHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("\"target\":25", stillNone, StringComparison.Ordinal);
        Assert.Contains("role=\"status\"", await good.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var metrics = await Funder.FunderData.JsonAsync(await api.GetAsync($"/api/cohorts/{cohortId}/metrics"));
        var jobs = metrics.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "jobs-created");
        Assert.Equal(25m, jobs.GetProperty("target").GetDecimal());
    }
}
