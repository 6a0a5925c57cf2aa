using Cohorts.Workflows.Kpis;

namespace Cohorts.Workflows.Metrics;

/// <summary>A metric of a cohort against its target, with a forecast for the cohort's end, as the indicators' (<see cref="KpiProgress"/>).</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Value">The value now (see <see cref="MetricCalculator"/>); the baseline before any answer; null with neither.</param>
/// <param name="Target">The cohort's own target, else the programme's, if any.</param>
/// <param name="Percent">The value as a percentage of the target (100 for a zero target), if both are known.</param>
/// <param name="Forecast">The value expected at the cohort's end, null when <paramref name="Value"/> is.</param>
/// <param name="Status">Met, on track, at risk, missed, no target or no data, by the indicators' rule.</param>
/// <param name="ProjectedReachOn">The day the target is reached at the rate so far, when a trend is measured and it is not reached yet.</param>
/// <param name="Answers">The answers counted.</param>
/// <param name="Respondents">The companies (or respondents) that answered.</param>
/// <param name="Ignored">Answers left out: an amount in another currency than the metric's.</param>
/// <param name="Months">The value at the end of each month of the cohort.</param>
public sealed record MetricProgress(
    MetricDefinition Metric,
    decimal? Value,
    decimal? Target,
    decimal? Percent,
    decimal? Forecast,
    KpiStatus Status,
    DateOnly? ProjectedReachOn,
    int Answers,
    int Respondents,
    int Ignored,
    IReadOnlyList<MetricMonth> Months);
