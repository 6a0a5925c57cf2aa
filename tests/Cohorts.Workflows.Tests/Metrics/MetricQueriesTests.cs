using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Metrics;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Cohorts.Workflows.Tests.Metrics.MetricSamples;

namespace Cohorts.Workflows.Tests.Metrics;

/// <summary>Metrics computed from answers submitted over months on a fake clock, against targets, on a SQLite file.</summary>
public sealed class MetricQueriesTests
{
    private static readonly Guid Atelier = Guid.Parse("0195a1c2-0000-7000-8000-000000000001");
    private static readonly Guid Boulangerie = Guid.Parse("0195a1c2-0000-7000-8000-000000000002");

    [Fact]
    public async Task ForCohortAsync_AnswersOverMonthsWithAnEdit_SumLatestAndAverageWithTheirSeries()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var (programmeId, cohortId) = await ProgrammeAsync(harness);
        var queries = harness.Get<MetricQueries>();
        var before = await queries.ForCohortAsync(cohortId);

        harness.Clock.Advance(TimeSpan.FromDays(4)); // 10 January
        await AnswerAsync(harness, programmeId, cohortId, Atelier, jobs: 2, revenue: 1000, headcount: 4);
        await AnswerAsync(harness, programmeId, cohortId, Boulangerie, jobs: 1, revenue: 500, headcount: 10);
        harness.Clock.Advance(TimeSpan.FromDays(31)); // 10 February
        var february = await AnswerAsync(harness, programmeId, cohortId, Atelier, jobs: 3, revenue: 1500, headcount: 6);
        harness.Clock.Advance(TimeSpan.FromDays(1));
        await harness.Get<FormAnswerService>().SubmitAsync(february, Answers(3, 1600, 6), "contact@example.org");
        harness.Clock.Advance(TimeSpan.FromDays(5)); // 16 February

        var metrics = await queries.ForCohortAsync(cohortId);

        Assert.Equal(["headcount", "jobs-created", "revenue"], metrics.Metrics.Select(m => m.Metric.Id));
        Assert.Equal((10m, KpiStatus.NoTarget), (before.Metrics[1].Value, before.Metrics[1].Status)); // the baseline before any answer
        Assert.Null(before.Metrics[2].Value);
        var jobs = metrics.Metrics.Single(m => m.Metric.Id == "jobs-created");
        var revenue = metrics.Metrics.Single(m => m.Metric.Id == "revenue");
        var headcount = metrics.Metrics.Single(m => m.Metric.Id == "headcount");
        Assert.Equal((16m, 3, 2), (jobs.Value, jobs.Answers, jobs.Respondents)); // 10 + 2 + 1 + 3
        Assert.Equal(2_100m, revenue.Value); // Atelier's latest (1,600, edited) + Boulangerie's 500
        Assert.Equal(8m, headcount.Value); // (6 + 10) / 2
        Assert.Equal(("EUR", "jobs"), (revenue.Metric.Currency, jobs.Metric.Unit));
        Assert.Equal(Math.Round(10m + (6m / metrics.ElapsedShare), 2, MidpointRounding.AwayFromZero), jobs.Forecast);
        Assert.Equal(2_100m, revenue.Forecast); // no baseline: expected to stay where it is
        Assert.Equal(6, jobs.Months.Count); // January to June
        Assert.Equal([13m, 16m, null, null, null, null], jobs.Months.Select(m => m.Value));
        Assert.Equal([1_500m, 2_100m], revenue.Months.Take(2).Select(m => m.Value));
        Assert.Equal(new DateOnly(2025, 2, 1), jobs.Months[1].Month);
    }

    [Fact]
    public async Task ForCohortAsync_CohortTargetsOverTheProgrammes_StatusAndShareAsTheIndicators()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var (programmeId, cohortId) = await ProgrammeAsync(harness);
        var targets = harness.Get<MetricTargetService>();
        await targets.SetProgrammeTargetsAsync(programmeId, [new("jobs-created", 30), new("revenue", 2_000)], "manager@example.org");
        await targets.SetCohortTargetsAsync(cohortId, [new("jobs-created", 12)], "manager@example.org");
        harness.Clock.Advance(TimeSpan.FromDays(30));
        await AnswerAsync(harness, programmeId, cohortId, Atelier, jobs: 1, revenue: 1_000, headcount: null);

        var metrics = await harness.Get<MetricQueries>().ForCohortAsync(cohortId);
        await targets.SetCohortTargetsAsync(cohortId, [], "manager@example.org");
        var afterwards = await harness.Get<MetricQueries>().ForCohortAsync(cohortId);

        var jobs = metrics.Metrics.Single(m => m.Metric.Id == "jobs-created");
        Assert.Equal((11m, 12m), (jobs.Value, jobs.Target));
        Assert.Equal(KpiStatus.OnTrack, jobs.Status); // 10 + 1 ÷ elapsed (about 0.17) reaches 12
        Assert.NotNull(jobs.ProjectedReachOn);
        var revenue = metrics.Metrics.Single(m => m.Metric.Id == "revenue");
        Assert.Equal((2_000m, 50m, KpiStatus.AtRisk), (revenue.Target, revenue.Percent, revenue.Status));
        Assert.Equal(KpiStatus.NoTarget, metrics.Metrics.Single(m => m.Metric.Id == "headcount").Status);
        Assert.Equal(30m, afterwards.Metrics.Single(m => m.Metric.Id == "jobs-created").Target);
        await using var db = await harness.OpenDbAsync();
        Assert.Equal(3, await db.AuditEntries.CountAsync(e => e.Action == Cohorts.Workflows.Audit.AuditActions.MetricTargetsSet));
    }

    [Fact]
    public async Task SetTargetsAsync_UnknownDuplicateOrNegative_RefusedByPathAndNothingChanged()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var (programmeId, cohortId) = await ProgrammeAsync(harness);
        var targets = harness.Get<MetricTargetService>();
        await targets.SetCohortTargetsAsync(cohortId, [new("revenue", 5)], "manager@example.org");
        List<MetricTargetInput> tooMany = [.. Enumerable.Range(0, MetricLimits.MaxTargets + 1).Select(_ => new MetricTargetInput("revenue", 1))];

        var bad = await Assert.ThrowsAsync<DomainRuleException>(() => targets.SetCohortTargetsAsync(cohortId, [new("sales", 3), new("revenue", -1), new("revenue", 4)], "manager@example.org"));
        var many = await Assert.ThrowsAsync<DomainRuleException>(() => targets.SetProgrammeTargetsAsync(programmeId, tooMany, "manager@example.org"));
        var missing = await Assert.ThrowsAsync<DomainRuleException>(() => targets.SetCohortTargetsAsync(Guid.NewGuid(), [], "manager@example.org"));

        Assert.Equal(["targets[0].metricId", "targets[1].target", "targets[2].metricId"], bad.Errors.Keys.Order());
        Assert.Equal("targets", many.Field);
        Assert.True(missing.IsNotFound);
        await using var db = await harness.OpenDbAsync();
        var kept = Assert.Single(await db.MetricTargets.ToListAsync());
        Assert.Equal(("revenue", 5m, (Guid?)cohortId), (kept.MetricId, kept.Target, kept.CohortId));
    }

    [Fact]
    public async Task ForProgrammeAsync_TwoCohorts_TotalsEachAndTheAverageOverEveryCompany()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var (programmeId, first) = await ProgrammeAsync(harness);
        var second = await CohortAsync(harness, programmeId, "Promotion bis");
        harness.Clock.Advance(TimeSpan.FromDays(10));
        await AnswerAsync(harness, programmeId, first, Atelier, jobs: 2, revenue: 1_000, headcount: 4);
        await AnswerAsync(harness, programmeId, second, Boulangerie, jobs: 5, revenue: 3_000, headcount: 8);
        await AnswerAsync(harness, programmeId, second, Guid.NewGuid(), jobs: 0, revenue: 0, headcount: 12, currency: "EUR");

        var all = await harness.Get<MetricQueries>().ForProgrammeAsync(programmeId);
        var one = await harness.Get<MetricQueries>().ForProgrammeAsync(programmeId, [second]);

        var jobs = all.Metrics.Single(m => m.Metric.Id == "jobs-created");
        Assert.Equal(27m, jobs.Value); // (10 + 2) + (10 + 5 + 0): each cohort starts from the baseline
        Assert.Equal(2, jobs.Cohorts.Count);
        Assert.Equal(8m, all.Metrics.Single(m => m.Metric.Id == "headcount").Value); // (4 + 8 + 12) / 3
        Assert.Equal(4_000m, all.Metrics.Single(m => m.Metric.Id == "revenue").Value);
        Assert.Equal(15m, Assert.Single(one.Metrics.Single(m => m.Metric.Id == "jobs-created").Cohorts).Progress.Value);
    }
}
