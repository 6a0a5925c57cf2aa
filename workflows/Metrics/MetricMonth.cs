namespace Cohorts.Workflows.Metrics;

/// <summary>A metric's value at the end of a month of the cohort (or now, for the month under way).</summary>
/// <param name="Month">The month's first day.</param>
/// <param name="Value">The value then; null for a month not begun, or before any answer and without a baseline.</param>
public sealed record MetricMonth(DateOnly Month, decimal? Value);
