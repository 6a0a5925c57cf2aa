using Cohorts.Workflows.Simulation;

namespace Cohorts.Host.Api.Manager;

/// <summary>How the previewed journeys would end.</summary>
/// <param name="Journeys">The companies' journeys.</param>
/// <param name="Completed">Those that would complete.</param>
/// <param name="Faulted">Those that would stop on an error (the steps and messages in <paramref name="Faults"/>).</param>
/// <param name="StillWaiting">Those that would still be waiting at the end (the reasons in <paramref name="Unanswered"/>).</param>
/// <param name="Graduated">The companies that would graduate.</param>
/// <param name="Faults">Each step and message at which journeys would stop on an error, the most journeys first.</param>
/// <param name="Unanswered">Why journeys would wait for ever: a decision nobody in the plan can take, each reason once.</param>
public sealed record SimulatedCompletion(
    int Journeys,
    int Completed,
    int Faulted,
    int StillWaiting,
    int Graduated,
    IReadOnlyList<SimulatedFault> Faults,
    IReadOnlyList<string> Unanswered)
{
    /// <summary>Makes the response's completion from a simulation's.</summary>
    public static SimulatedCompletion Of(SimulationCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        return new(
            completion.CompanyInstances,
            completion.Completed,
            completion.Faulted,
            completion.StillRunning,
            completion.Graduated,
            [.. completion.Faults.Select(f => new SimulatedFault(f.Collective ? "Cohort" : "Company", f.StepId, f.StepType, f.Message, f.Journeys))],
            completion.Unanswered);
    }
}
