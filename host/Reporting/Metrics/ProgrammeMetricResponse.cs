namespace Cohorts.Host.Reporting.Metrics;

/// <summary>A metric across a programme's cohorts.</summary>
/// <param name="Id">The metric's id.</param>
/// <param name="Label">Its name in the reader's language.</param>
/// <param name="Kind">number or amount.</param>
/// <param name="Unit">The unit of a number metric, if declared.</param>
/// <param name="Currency">The currency of an amount metric.</param>
/// <param name="Aggregation">sum, latest or average.</param>
/// <param name="Value">The cohorts' values together (sum and latest: their total; average: the mean of every company's latest answer).</param>
/// <param name="Target">The programme's target, if any.</param>
/// <param name="Cohorts">Each cohort's metric, by start date.</param>
public sealed record ProgrammeMetricResponse(
    string Id,
    string Label,
    string Kind,
    string? Unit,
    string? Currency,
    string Aggregation,
    decimal? Value,
    decimal? Target,
    IReadOnlyList<ProgrammeCohortMetricResponse> Cohorts);
