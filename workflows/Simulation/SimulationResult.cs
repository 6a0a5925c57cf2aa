using Cohorts.Workflows.Kpis;

namespace Cohorts.Workflows.Simulation;

/// <summary>A previewed cohort, everything going to plan: its calendar, each coach's load, when targets are reached.</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="StartDate">The cohort's first day.</param>
/// <param name="EndDate">The cohort's last day.</param>
/// <param name="Companies">The number of companies.</param>
/// <param name="Coaches">The number of coaches.</param>
/// <param name="Calendar">Every session, event and milestone, in time order.</param>
/// <param name="CoachLoads">Each coach's sessions per month, by coach then month.</param>
/// <param name="Targets">Each target in force and the day it is reached, in indicator order.</param>
/// <param name="FinalTotals">The cohort's counts when the simulation ends.</param>
/// <param name="Completion">How the workflow instances ended.</param>
/// <param name="ClockSteps">How many times the simulated clock moved.</param>
public sealed record SimulationResult(
    string ProgrammeId,
    DateOnly StartDate,
    DateOnly EndDate,
    int Companies,
    int Coaches,
    IReadOnlyList<CalendarEntry> Calendar,
    IReadOnlyList<CoachMonthLoad> CoachLoads,
    IReadOnlyList<TargetForecast> Targets,
    CohortTotals FinalTotals,
    SimulationCompletion Completion,
    int ClockSteps)
{
    /// <summary>Gets the conflicts the preview could not avoid (a coach over capacity, an event on an excluded day, a review after the cohort's end...).</summary>
    public IReadOnlyList<SimulationWarning> Warnings { get; init; } = [];
}
