using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Metrics;

/// <summary>A programme's metrics across the cohorts counted (<see cref="MetricQueries.ForProgrammeAsync"/>).</summary>
/// <param name="Programme">The programme.</param>
/// <param name="At">When they were computed.</param>
/// <param name="Metrics">Each metric its forms declare, by id.</param>
public sealed record ProgrammeMetrics(Programme Programme, DateTimeOffset At, IReadOnlyList<ProgrammeMetric> Metrics);
