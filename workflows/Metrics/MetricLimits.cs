namespace Cohorts.Workflows.Metrics;

/// <summary>What metrics and their targets may hold (docs/domain.md, "Metrics").</summary>
public static class MetricLimits
{
    /// <summary>The longest unit of a metric.</summary>
    public const int MaxUnitLength = 32;

    /// <summary>The most targets of a programme's or a cohort's list.</summary>
    public const int MaxTargets = 50;

    /// <summary>The most metrics a programme's forms declare (one per question at most, so bounded by the forms already).</summary>
    public const int MaxMetricsPerProgramme = 100;
}
