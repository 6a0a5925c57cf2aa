using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Metrics;

/// <summary>A cohort's metrics at an instant (<see cref="MetricQueries.ForCohortAsync"/>).</summary>
/// <param name="Cohort">The cohort.</param>
/// <param name="Programme">Its programme (time zone, forms).</param>
/// <param name="At">When they were computed.</param>
/// <param name="ElapsedShare">How much of the cohort's time has passed, from 0 to 1.</param>
/// <param name="Metrics">Each metric its programme's forms declare, by id.</param>
public sealed record CohortMetrics(Cohort Cohort, Programme Programme, DateTimeOffset At, decimal ElapsedShare, IReadOnlyList<MetricProgress> Metrics);
