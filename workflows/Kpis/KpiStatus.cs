namespace Cohorts.Workflows.Kpis;

/// <summary>Where an indicator stands against its target.</summary>
public enum KpiStatus
{
    /// <summary>Neither the cohort nor the programme sets a target for it.</summary>
    NoTarget,

    /// <summary>The target is reached.</summary>
    Met,

    /// <summary>Not reached yet, but the forecast reaches it by the cohort's end.</summary>
    OnTrack,

    /// <summary>The forecast falls short of the target.</summary>
    AtRisk,

    /// <summary>The cohort has ended without reaching the target.</summary>
    Missed,

    /// <summary>Nothing is recorded yet to measure it (an attendance rate before any session is held).</summary>
    NoData,

    /// <summary>
    /// Not reached yet, and too little of the cohort has passed to project the rate so far to its end (see
    /// <see cref="ProgressCalculator.MinimumElapsedToForecast"/>): no forecast rather than a wild one.
    /// </summary>
    TooEarly,
}
