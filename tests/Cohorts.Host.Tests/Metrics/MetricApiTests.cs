using System.Net;
using System.Net.Http.Json;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Metrics;

/// <summary>The metrics API on the demo host: read by the programme's managers and the cohort's funders, targets set by managers.</summary>
public sealed class MetricApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Targets_CohortOverProgramme_FunderReadsValuesTargetsForecastAndMonths()
    {
        var (programmeId, cohortId) = await MetricData.SeedAsync(demo.Factory);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var programmeTargets = await manager.PutAsJsonAsync($"/api/programmes/{programmeId}/metrics/targets", new { targets = new object[] { new { metricId = "jobs-created", target = 40 }, new { metricId = "revenue", target = 3_000 } } });
        var cohortTargets = await manager.PutAsJsonAsync($"/api/cohorts/{cohortId}/metrics/targets", new { targets = new object[] { new { metricId = "jobs-created", target = 30 } } });
        Assert.Equal(HttpStatusCode.OK, programmeTargets.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cohortTargets.StatusCode);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        funder.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        var metrics = await (await funder.GetAsync($"/api/cohorts/{cohortId}/metrics")).JsonAsync();
        var asManager = await (await manager.GetAsync($"/api/cohorts/{cohortId}/metrics")).JsonAsync();

        var list = metrics.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
        var jobs = list["jobs-created"];
        Assert.Equal(("Emplois créés", "sum", "jobs", 10m), (jobs.GetProperty("label").GetString(), jobs.GetProperty("aggregation").GetString(), jobs.GetProperty("unit").GetString(), jobs.GetProperty("baseline").GetDecimal()));
        Assert.Equal((15m, 30m, 50m), (jobs.GetProperty("value").GetDecimal(), jobs.GetProperty("target").GetDecimal(), jobs.GetProperty("percent").GetDecimal()));
        Assert.True(jobs.GetProperty("forecast").GetDecimal() > 15m);
        Assert.Contains(jobs.GetProperty("status").GetString(), new[] { "onTrack", "atRisk" });
        var revenue = list["revenue"];
        Assert.Equal((3_500m, 3_000m, "met", "EUR"), (revenue.GetProperty("value").GetDecimal(), revenue.GetProperty("target").GetDecimal(), revenue.GetProperty("status").GetString(), revenue.GetProperty("currency").GetString()));
        Assert.Equal((6m, "noTarget"), (list["headcount"].GetProperty("value").GetDecimal(), list["headcount"].GetProperty("status").GetString()));
        var months = jobs.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(new DateOnly(2025, 11, 1), DateOnly.Parse(months[0].GetProperty("month").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(15m, months.Last(m => m.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Number).GetProperty("value").GetDecimal());
        Assert.Equal(3, asManager.GetProperty("metrics").GetArrayLength());
    }

    [Fact]
    public async Task ProgrammeMetrics_FunderSeesTheCohortsTheyFund_ManagerEveryCohort()
    {
        var (programmeId, cohortId) = await MetricData.SeedAsync(demo.Factory);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var funded = await (await funder.GetAsync($"/api/programmes/{programmeId}/metrics")).JsonAsync();
        var managed = await (await manager.GetAsync($"/api/programmes/{programmeId}/metrics")).JsonAsync();

        var jobs = funded.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "jobs-created");
        Assert.Equal(15m, jobs.GetProperty("value").GetDecimal());
        Assert.Equal(cohortId, Assert.Single(jobs.GetProperty("cohorts").EnumerateArray()).GetProperty("cohortId").GetGuid());
        Assert.True(managed.GetProperty("metrics")[0].GetProperty("cohorts").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task Metrics_CoachOrFunderWhereTheyHaveNoRight_Answers403_UnknownAnswers404()
    {
        var (programmeId, cohortId) = await MetricData.SeedAsync(demo.Factory);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        await (await coach.GetAsync("/api/programmes/openlab-exploration-innovation/metrics")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await coach.GetAsync($"/api/programmes/{programmeId}/metrics")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await coach.GetAsync($"/api/cohorts/{cohortId}/metrics")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await coach.GetAsync($"/api/cohorts/{cohortId}/metrics/jobs-created/chart.png")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await funder.PutAsJsonAsync($"/api/cohorts/{cohortId}/metrics/targets", new { targets = Array.Empty<object>() })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await funder.GetAsync($"/api/cohorts/{await demo.Factory.OpenLabIdAsync()}/metrics")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.GetAsync("/api/programmes/no-such-programme/metrics")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await manager.GetAsync($"/api/cohorts/{Guid.NewGuid()}/metrics")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await manager.GetAsync($"/api/cohorts/{cohortId}/metrics/sales/chart.png")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PutTargets_UnknownMetricOrNegativeTarget_400ByPath()
    {
        var (_, cohortId) = await MetricData.SeedAsync(demo.Factory);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var unknown = await manager.PutAsJsonAsync($"/api/cohorts/{cohortId}/metrics/targets", new { targets = new object[] { new { metricId = "sales", target = 3 } } });
        var negative = await manager.PutAsJsonAsync($"/api/cohorts/{cohortId}/metrics/targets", new { targets = new object[] { new { metricId = "revenue", target = -3 } } });

        await unknown.AssertProblemAsync(HttpStatusCode.BadRequest, "targets[0].metricId");
        await negative.AssertProblemAsync(HttpStatusCode.BadRequest, "targets[0].target");
    }

    [Theory]
    [InlineData("-0.0")]
    [InlineData("-0")]
    public async Task PutTargets_NegativeZero_IsAZeroTarget(string zero)
    {
        var (_, cohortId) = await MetricData.SeedAsync(demo.Factory);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var body = new StringContent($$"""{"targets":[{"metricId":"revenue","target":{{zero}}}]}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await manager.PutAsync($"/api/cohorts/{cohortId}/metrics/targets", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var revenue = (await (await manager.GetAsync($"/api/cohorts/{cohortId}/metrics")).JsonAsync()).GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "revenue");
        Assert.Equal(0m, revenue.GetProperty("target").GetDecimal());
        Assert.False(decimal.IsNegative(revenue.GetProperty("target").GetDecimal()));
    }

    [Fact]
    public async Task Chart_Manager_GetsAPng()
    {
        var (_, cohortId) = await MetricData.SeedAsync(demo.Factory);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.GetAsync($"/api/cohorts/{cohortId}/metrics/revenue/chart.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
    }
}
