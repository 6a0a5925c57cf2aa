namespace Cohorts.Host.Reporting.Metrics;

/// <summary>A metric of a cohort against its target (docs/domain.md, "Metrics").</summary>
/// <param name="Id">The metric's id (targets name it).</param>
/// <param name="Label">Its name in the reader's language.</param>
/// <param name="Kind">number or amount.</param>
/// <param name="Unit">The unit of a number metric, if declared.</param>
/// <param name="Currency">The currency of an amount metric.</param>
/// <param name="Aggregation">sum, latest or average.</param>
/// <param name="Baseline">The value at the cohort's start, if declared.</param>
/// <param name="Value">The value now (the baseline before any answer).</param>
/// <param name="Target">The cohort's target, else the programme's, if any.</param>
/// <param name="Percent">The value as a percentage of the target.</param>
/// <param name="Forecast">The value expected at the cohort's end.</param>
/// <param name="Status">met, onTrack, atRisk, missed, noTarget or noData (as the indicators').</param>
/// <param name="OnTrack">True when met or on track, false when at risk or missed, null without a target or data.</param>
/// <param name="ProjectedReachOn">The day the target is reached at the rate so far, when it applies.</param>
/// <param name="Answers">The answers counted.</param>
/// <param name="Respondents">The companies that answered.</param>
/// <param name="Ignored">Answers left out (an amount in another currency).</param>
/// <param name="Months">The value at the end of each month of the cohort.</param>
public sealed record MetricResponse(
    string Id,
    string Label,
    string Kind,
    string? Unit,
    string? Currency,
    string Aggregation,
    decimal? Baseline,
    decimal? Value,
    decimal? Target,
    decimal? Percent,
    decimal? Forecast,
    string Status,
    bool? OnTrack,
    DateOnly? ProjectedReachOn,
    int Answers,
    int Respondents,
    int Ignored,
    IReadOnlyList<MetricMonthResponse> Months);
