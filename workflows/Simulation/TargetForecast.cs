using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;

namespace Cohorts.Workflows.Simulation;

/// <summary>When a target would be reached if everything goes to plan.</summary>
/// <param name="Kpi">The indicator.</param>
/// <param name="Target">The target in force (the programme's).</param>
/// <param name="ReachedOn">The first day the value reaches the target, in the programme's time zone; null if it never does.</param>
/// <param name="FinalValue">The value at the end of the simulation.</param>
/// <param name="FinalStatus">The status at the end of the cohort.</param>
public sealed record TargetForecast(KpiKind Kpi, decimal Target, DateOnly? ReachedOn, decimal? FinalValue, KpiStatus FinalStatus);
