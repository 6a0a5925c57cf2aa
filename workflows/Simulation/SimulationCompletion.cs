using Cohorts.Engine.Instances;

namespace Cohorts.Workflows.Simulation;

/// <summary>How a simulated cohort's workflow instances ended.</summary>
/// <param name="CompanyInstances">The company instances started.</param>
/// <param name="Completed">Those that completed.</param>
/// <param name="Faulted">Those that faulted (with the first incident's message in <paramref name="Incidents"/>).</param>
/// <param name="StillRunning">Those still waiting when the simulation stopped.</param>
/// <param name="Graduated">The companies that graduated.</param>
/// <param name="CohortInstance">The cohort-wide instance's status, if the programme has one.</param>
/// <param name="FinishedAt">When the last instance finished (null if some never did).</param>
/// <param name="Incidents">The incidents of faulted instances, one line each.</param>
public sealed record SimulationCompletion(
    int CompanyInstances,
    int Completed,
    int Faulted,
    int StillRunning,
    int Graduated,
    WorkflowStatus? CohortInstance,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<string> Incidents)
{
    /// <summary>
    /// Gets the steps at which instances faulted, each step and message once with how many journeys stopped there, the
    /// most frequent first (<see cref="Incidents"/> has a line per incident).
    /// </summary>
    public IReadOnlyList<SimulationFault> Faults { get; init; } = [];

    /// <summary>Gets why journeys would wait for ever: a decision nobody in the plan can take, each reason once.</summary>
    public IReadOnlyList<string> Unanswered { get; init; } = [];

    /// <summary>Gets a value indicating whether every instance completed.</summary>
    public bool AllCompleted => Completed == CompanyInstances && CohortInstance is null or WorkflowStatus.Completed;
}
