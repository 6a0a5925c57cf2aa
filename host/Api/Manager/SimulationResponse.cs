using Cohorts.Workflows.Simulation;

namespace Cohorts.Host.Api.Manager;

/// <summary>A previewed cohort, everything going to plan.</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="StartDate">The cohort's first day.</param>
/// <param name="EndDate">Its last day.</param>
/// <param name="Companies">The number of companies.</param>
/// <param name="Coaches">The number of coaches.</param>
/// <param name="Calendar">Every session, event and milestone, in time order.</param>
/// <param name="CoachLoads">Each coach's sessions per month.</param>
/// <param name="Targets">Each target and the day it would be reached.</param>
/// <param name="Completion">How the journeys would end: completed, stopped on an error (where and why), or still waiting (why).</param>
public sealed record SimulationResponse(
    string ProgrammeId,
    DateOnly StartDate,
    DateOnly EndDate,
    int Companies,
    int Coaches,
    IReadOnlyList<SimulatedEntry> Calendar,
    IReadOnlyList<CoachMonthLoad> CoachLoads,
    IReadOnlyList<SimulatedTarget> Targets,
    SimulatedCompletion Completion)
{
    /// <summary>Gets the conflicts the preview could not avoid, for the manager to see before launching.</summary>
    public IReadOnlyList<SimulatedWarning> Warnings { get; init; } = [];

    /// <summary>Makes the response for a simulation.</summary>
    public static SimulationResponse Of(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            result.ProgrammeId,
            result.StartDate,
            result.EndDate,
            result.Companies,
            result.Coaches,
            [.. result.Calendar.Select(e => new SimulatedEntry(e.At, e.Kind, e.Title, e.Coach, e.Company, e.Organiser, e.Location, e.ExpectedCompanies, e.ExpectedVisitors, e.Reviewer?.ToString()) { EndsAt = e.EndsAt, Host = e.Host })],
            result.CoachLoads,
            [.. result.Targets.Select(t => new SimulatedTarget(t.Kpi.ToString(), t.Target, t.ReachedOn, t.FinalValue, t.FinalStatus.ToString()))],
            SimulatedCompletion.Of(result.Completion))
        {
            Warnings = [.. result.Warnings.Select(w => new SimulatedWarning(w.Kind.ToString(), w.At, w.Title, w.Coach, w.Company, w.Count, w.Limit))],
        };
    }
}
