namespace Cohorts.Workflows.Metrics;

/// <summary>One target of a list a manager sets: <c>{ "metricId": "jobs-created", "target": 40 }</c>.</summary>
/// <param name="MetricId">The metric a form of the programme declares.</param>
/// <param name="Target">The value to reach by the cohort's end, from 0.</param>
public sealed record MetricTargetInput(string? MetricId, decimal? Target);
