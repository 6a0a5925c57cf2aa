namespace Cohorts.Workflows.Metrics;

/// <summary>One cohort's line of a programme's metric.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="CohortName">Its name.</param>
/// <param name="Progress">Its metric.</param>
public sealed record CohortMetric(Guid CohortId, string CohortName, MetricProgress Progress);
