namespace Cohorts.Workflows.Simulation;

/// <summary>A coach's coaching sessions in one month of a simulated cohort.</summary>
/// <param name="Coach">The coach's name.</param>
/// <param name="Month">The month, <c>yyyy-MM</c>, in the programme's time zone.</param>
/// <param name="Sessions">The sessions the coach runs that month.</param>
/// <param name="Companies">The companies they are with.</param>
public sealed record CoachMonthLoad(string Coach, string Month, int Sessions, int Companies);
