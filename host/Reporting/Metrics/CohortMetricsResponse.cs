namespace Cohorts.Host.Reporting.Metrics;

/// <summary>A cohort's metrics.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="Cohort">Its name.</param>
/// <param name="ProgrammeId">Its programme.</param>
/// <param name="At">When they were computed.</param>
/// <param name="ElapsedShare">How much of the cohort's time has passed, from 0 to 1.</param>
/// <param name="Metrics">Each metric its programme's forms declare, by id.</param>
public sealed record CohortMetricsResponse(Guid CohortId, string Cohort, string ProgrammeId, DateTimeOffset At, decimal ElapsedShare, IReadOnlyList<MetricResponse> Metrics);
