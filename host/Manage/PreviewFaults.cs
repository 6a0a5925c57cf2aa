using Cohorts.Engine.Instances;
using Cohorts.Workflows.Simulation;

namespace Cohorts.Host.Manage;

/// <summary>
/// The journeys a preview saw stop on an error or wait for ever, as the launch page and the definition editor show them
/// (<c>Pages/Manage/_PreviewFaults.cshtml</c>): the element's id, the faults' heading in words and the preview's completion.
/// </summary>
public sealed record PreviewFaults(string Id, string Heading, SimulationCompletion Completion)
{
    /// <summary>How many steps (and reasons to wait) are shown.</summary>
    public const int MostFaults = 5;

    /// <summary>Gets a value indicating whether a company's journey or the cohort's stopped on an error.</summary>
    public bool Faulted => Completion.Faulted > 0 || Completion.CohortInstance == WorkflowStatus.Faulted;

    /// <summary>Gets a value indicating whether the preview has anything to say: a journey stopped or still waiting.</summary>
    public bool Any => Faulted || Completion.StillRunning > 0;
}
