namespace Cohorts.Host.Reporting.Metrics;

/// <summary>A metric target as stored.</summary>
/// <param name="MetricId">The metric.</param>
/// <param name="Target">The value to reach by the cohort's end.</param>
public sealed record MetricTargetResponse(string MetricId, decimal Target);
