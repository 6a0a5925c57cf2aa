namespace Cohorts.Host.Api.Funder;

/// <summary>One indicator against its target.</summary>
/// <param name="Kpi">The indicator: companiesEnrolled, sessionsHeld, attendanceRate, milestonesPassed, companiesGraduated, visitors or questionnairesCollected.</param>
/// <param name="Current">Its value now (a percentage for the attendance rate; null before any data).</param>
/// <param name="Target">The target (the cohort's, else the programme's), if any.</param>
/// <param name="Percent">The current value as a percentage of the target, if there is one.</param>
/// <param name="Forecast">The value expected at the cohort's end.</param>
/// <param name="Status">met, onTrack, atRisk, missed, noTarget or noData.</param>
/// <param name="OnTrack">True when met or on track, false when at risk or missed, null without a target or data.</param>
/// <param name="ProjectedReachOn">For a count that grows with time, the day the target is reached at the rate so far.</param>
public sealed record KpiResponse(
    string Kpi,
    decimal? Current,
    decimal? Target,
    decimal? Percent,
    decimal? Forecast,
    string Status,
    bool? OnTrack,
    DateOnly? ProjectedReachOn);
