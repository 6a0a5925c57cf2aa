using Cohorts.Engine.Instances;
using Cohorts.Workflows.Simulation;

namespace Cohorts.Host.Manage;

/// <summary>
/// The journeys a preview saw stop on an error, as the launch page and the definition editor show them
/// (<c>Pages/Shared/_PreviewFaults.cshtml</c>): the element's id, the heading in words and the preview's completion.
/// </summary>
public sealed record PreviewFaults(string Id, string Heading, SimulationCompletion Completion)
{
    /// <summary>How many incident lines are shown.</summary>
    public const int MostIncidents = 5;

    /// <summary>Gets a value indicating whether a company's journey or the cohort's stopped on an error.</summary>
    public bool Any => Completion.Faulted > 0 || Completion.CohortInstance == WorkflowStatus.Faulted;
}
