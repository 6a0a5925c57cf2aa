using Cohorts.Workflows.Forms;

namespace Cohorts.Workflows.Metrics;

/// <summary>
/// A number or amount question declared as a metric (a form question's <c>"metric"</c>, docs/domain.md "Metrics"):
/// its answers become a KPI of each cohort, beside the computed indicators.
/// </summary>
/// <param name="Id">The metric's slug, unique among the metrics of its programme's forms (targets name it).</param>
/// <param name="Label">The metric's name, if it is not the question's.</param>
/// <param name="Aggregation">How the answers make a cohort's value.</param>
/// <param name="Baseline">The cohort's value at its start, if known (the series and the forecast start from it).</param>
/// <param name="Unit">A unit shown after the values of a number question (jobs, m²); an amount shows its currency.</param>
public sealed record MetricDeclaration(string Id, FormLabel? Label, MetricAggregation Aggregation, decimal? Baseline, string? Unit);
