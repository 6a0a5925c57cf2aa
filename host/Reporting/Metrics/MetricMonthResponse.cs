namespace Cohorts.Host.Reporting.Metrics;

/// <summary>A metric's value at the end of a month of the cohort (now, for the month under way).</summary>
/// <param name="Month">The month's first day.</param>
/// <param name="Value">The value; null for a month not begun, or before any answer without a baseline.</param>
public sealed record MetricMonthResponse(DateOnly Month, decimal? Value);
