namespace Cohorts.Host.Reporting.Exports;

/// <summary>One indicator's line of the exports (the CSV's columns, in this order and with these names).</summary>
/// <param name="Kpi">The indicator (camelCase: companiesEnrolled, sessionsHeld...).</param>
/// <param name="Current">Its value now (empty before any data).</param>
/// <param name="Target">The target, if any.</param>
/// <param name="Percent">The value as a percentage of the target.</param>
/// <param name="Forecast">The value expected at the cohort's end.</param>
/// <param name="Status">met, onTrack, atRisk, missed, noTarget or noData.</param>
/// <param name="OnTrack">True when met or on track, false when at risk or missed, empty otherwise.</param>
/// <param name="ProjectedReachOn">The day the target is reached at the rate so far, if it applies.</param>
public sealed record KpiRow(
    string Kpi,
    decimal? Current,
    decimal? Target,
    decimal? Percent,
    decimal? Forecast,
    string Status,
    bool? OnTrack,
    DateOnly? ProjectedReachOn);
