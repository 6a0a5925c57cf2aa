using Cohorts.Host.Tests.Browser;
using Cohorts.Host.Tests.Support;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Metrics;

/// <summary>The funder's progress page shows the metric KPIs and their charts, in a real browser, in French.</summary>
public sealed class MetricBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Funder_ProgressPage_ShowsTheMetricsBesideTheIndicatorsWithTheirCharts()
    {
        var (_, cohortId) = await MetricData.SeedAsync(browser.Factory);
        var page = await browser.SignInAsync(TestAccounts.Funder, "fr-FR");

        await BrowserFixture.OpenAsync(page, $"/funder/progress?cohort={cohortId}");

        var metrics = page.Locator("section#metrics");
        await Assertions.Expect(metrics.GetByRole(AriaRole.Heading, new() { Name = "Indicateurs des réponses", Level = 2 })).ToBeVisibleAsync();
        var jobs = metrics.Locator("tr[data-metric=jobs-created]");
        await Assertions.Expect(jobs).ToContainTextAsync("Emplois créés");
        await Assertions.Expect(jobs.Locator("td").Nth(2)).ToHaveTextAsync("15\u00A0jobs");
        await Assertions.Expect(metrics.Locator("tr[data-metric=revenue] td").Nth(2)).ToContainTextAsync("3\u202F500");
        var chart = metrics.Locator("img.chart").First;
        await chart.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(chart).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await chart.EvaluateAsync<int>("img => img.naturalWidth") > 0);
    }
}
