namespace Cohorts.Workflows.Simulation;

/// <summary>
/// A step at which simulated journeys stopped on an error, with one message: the incidents of a preview grouped, so a
/// hundred companies stopping at the same step read as one line.
/// </summary>
/// <param name="Collective">Whether the journey is the cohort's collective one (its events), not a company's.</param>
/// <param name="StepId">The step's id in the programme's journey.</param>
/// <param name="StepType">The step's type (its activity type, e.g. <c>MilestoneReview</c>).</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Journeys">How many journeys stopped there with that message.</param>
public sealed record SimulationFault(bool Collective, string StepId, string StepType, string Message, int Journeys);
