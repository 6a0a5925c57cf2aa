namespace Cohorts.Workflows.Metrics;

/// <summary>How a metric's answers make a cohort's value (docs/domain.md, "Metrics"); camelCase in a form's JSON.</summary>
public enum MetricAggregation
{
    /// <summary>The total of every answer (jobs created each month).</summary>
    Sum,

    /// <summary>The sum over companies of each company's latest answer (current revenue).</summary>
    Latest,

    /// <summary>The mean over companies of each company's latest answer (average headcount).</summary>
    Average,
}
