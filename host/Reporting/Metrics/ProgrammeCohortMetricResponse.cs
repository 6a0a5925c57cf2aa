namespace Cohorts.Host.Reporting.Metrics;

/// <summary>One cohort's line of a programme's metric.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="Cohort">Its name.</param>
/// <param name="Metric">Its metric (value, target, forecast, status, months).</param>
public sealed record ProgrammeCohortMetricResponse(Guid CohortId, string Cohort, MetricResponse Metric);
