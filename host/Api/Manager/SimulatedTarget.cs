namespace Cohorts.Host.Api.Manager;

/// <summary>When a target would be reached if everything goes to plan.</summary>
/// <param name="Kpi">The indicator (CompaniesEnrolled, SessionsHeld, AttendanceRate...).</param>
/// <param name="Target">The target.</param>
/// <param name="ReachedOn">The day it is reached; null if it never is.</param>
/// <param name="FinalValue">The value at the end.</param>
/// <param name="FinalStatus">The status at the end (Met, Missed...).</param>
public sealed record SimulatedTarget(string Kpi, decimal Target, DateOnly? ReachedOn, decimal? FinalValue, string FinalStatus);
