using System.Globalization;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Metrics;

namespace Cohorts.Host.Reporting.Metrics;

/// <summary>Metrics as the API answers them, labels in the request's language.</summary>
internal static class MetricResponses
{
    public static CohortMetricsResponse Cohort(CohortMetrics metrics) =>
        new(metrics.Cohort.Id, metrics.Cohort.Name, metrics.Programme.Id, metrics.At, metrics.ElapsedShare, [.. metrics.Metrics.Select(Metric)]);

    public static ProgrammeMetricsResponse Programme(ProgrammeMetrics metrics) =>
        new(metrics.Programme.Id, metrics.Programme.Name, metrics.At, [.. metrics.Metrics.Select(m => new ProgrammeMetricResponse(
            m.Metric.Id,
            Label(m.Metric),
            FormKinds.NameOf(m.Metric.Kind),
            m.Metric.Unit,
            m.Metric.Currency,
            MetricAggregations.NameOf(m.Metric.Aggregation),
            m.Value,
            m.Target,
            [.. m.Cohorts.Select(c => new ProgrammeCohortMetricResponse(c.CohortId, c.CohortName, Metric(c.Progress)))]))]);

    public static MetricResponse Metric(MetricProgress progress) => new(
        progress.Metric.Id,
        Label(progress.Metric),
        FormKinds.NameOf(progress.Metric.Kind),
        progress.Metric.Unit,
        progress.Metric.Currency,
        MetricAggregations.NameOf(progress.Metric.Aggregation),
        progress.Metric.Baseline,
        progress.Value,
        progress.Target,
        progress.Percent,
        progress.Forecast,
        WireNames.Of(progress.Status),
        ProgressLabels.OnTrack(progress.Status),
        progress.ProjectedReachOn,
        progress.Answers,
        progress.Respondents,
        progress.Ignored,
        [.. progress.Months.Select(m => new MetricMonthResponse(m.Month, m.Value))]);

    public static string Label(MetricDefinition metric) => metric.Label.In(CultureInfo.CurrentUICulture.Name);
}
