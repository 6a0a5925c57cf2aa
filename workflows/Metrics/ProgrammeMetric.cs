namespace Cohorts.Workflows.Metrics;

/// <summary>A metric across a programme's cohorts.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Value">
/// The cohorts' values together: for <c>sum</c> and <c>latest</c> their total (each with its baseline), for
/// <c>average</c> the mean of every company's latest answer; null when no cohort has a value.
/// </param>
/// <param name="Target">The programme's target, if any (each cohort's is in <paramref name="Cohorts"/>).</param>
/// <param name="Cohorts">The metric of each cohort counted, by start date.</param>
public sealed record ProgrammeMetric(MetricDefinition Metric, decimal? Value, decimal? Target, IReadOnlyList<CohortMetric> Cohorts);
