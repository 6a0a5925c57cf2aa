using Cohorts.Workflows.Metrics;

namespace Cohorts.Host.Reporting.Metrics;

/// <summary>A programme's or a cohort's metric targets, replacing the list before (empty: none).</summary>
/// <param name="Targets">The targets: <c>[{"metricId": "jobs-created", "target": 40}]</c>, at most <see cref="MetricLimits.MaxTargets"/>.</param>
public sealed record MetricTargetsRequest(IReadOnlyList<MetricTargetInput>? Targets);
