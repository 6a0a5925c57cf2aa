using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Kpis;

/// <summary>One indicator of a cohort against its target, with a forecast for the cohort's end.</summary>
/// <param name="Kpi">The indicator.</param>
/// <param name="Current">Its value now (a percentage for the attendance rate, null before any session is held).</param>
/// <param name="Target">The target (the cohort's, else the programme's), if any.</param>
/// <param name="Percent">The current value as a percentage of the target (0 for a zero target), if there is a target.</param>
/// <param name="Forecast">The value expected at the cohort's end (see <see cref="ProgressCalculator"/>), null when <paramref name="Current"/> is.</param>
/// <param name="Status">Met, on track or at risk.</param>
/// <param name="ProjectedReachOn">For a count that grows with time, the day the target is reached at the rate so far, if it is not yet met and something was counted.</param>
public sealed record KpiProgress(
    KpiKind Kpi,
    decimal? Current,
    decimal? Target,
    decimal? Percent,
    decimal? Forecast,
    KpiStatus Status,
    DateOnly? ProjectedReachOn);
