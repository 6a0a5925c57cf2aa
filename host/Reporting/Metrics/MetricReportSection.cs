using Cohorts.Host.Localization;
using Cohorts.Host.Reporting.Documents;
using Cohorts.Workflows.Metrics;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.Metrics;

/// <summary>The funder report's "Metrics" section (PDF and Word): one row per metric, in the reader's language.</summary>
public static class MetricReportSection
{
    /// <summary>Builds the section, or none when the programme declares no metric.</summary>
    public static ReportSection? Build(CohortMetrics metrics, IStringLocalizer<MetricText> text, IStringLocalizer<FunderText> labels, HumanText human)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(human);
        if (metrics.Metrics.Count == 0)
        {
            return null;
        }

        var rows = metrics.Metrics
            .Select(m => (IReadOnlyList<string>)[
                $"{m.Metric.Label.In(human.Culture.Name)} ({text[MetricWords.Aggregation(m.Metric.Aggregation)]})",
                MetricFormat.Value(human, m.Metric, m.Metric.Baseline),
                MetricFormat.Value(human, m.Metric, m.Value),
                MetricFormat.Value(human, m.Metric, m.Target),
                m.Percent is { } percent ? human.Percent(percent) : "—",
                MetricFormat.Value(human, m.Metric, m.Forecast),
                labels[ProgressLabels.Status(m.Status)]])
            .ToList();
        return new ReportSection(
            text["Metrics"],
            [text["Metrics come from the companies' answers to the programme's forms. A total adds every answer to the baseline; a latest value adds each company's latest answer; an average is their mean. The forecast extends the rate so far to the cohort's end."]],
            new ReportTable([text["Metric"], text["Baseline"], text["Now"], text["Target"], text["% of target"], text["Forecast at the end"], text["Status"]], rows));
    }
}
