namespace Cohorts.Host.Reporting.Metrics;

/// <summary>A programme's metrics across the cohorts the reader may see (all for its managers, those they fund for a funder).</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="Programme">Its name.</param>
/// <param name="At">When they were computed.</param>
/// <param name="Metrics">Each metric its forms declare, by id.</param>
public sealed record ProgrammeMetricsResponse(string ProgrammeId, string Programme, DateTimeOffset At, IReadOnlyList<ProgrammeMetricResponse> Metrics);
