namespace Cohorts.Host.Api.Manager;

/// <summary>A step at which previewed journeys would stop on an error, with one message.</summary>
/// <param name="Journey">Company (a company's journey) or Cohort (the cohort's collective events).</param>
/// <param name="StepId">The step's id in the programme's journey.</param>
/// <param name="StepType">The step's type, e.g. MilestoneReview.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Journeys">How many journeys would stop there with that message.</param>
public sealed record SimulatedFault(string Journey, string StepId, string StepType, string Message, int Journeys);
