namespace Cohorts.Workflows.Persistence;

/// <summary>What a CoachingSession reads to plan its session, in one query: the company's cohort, coach and name, and whether the step planned its session already.</summary>
/// <param name="CohortId">The company's cohort.</param>
/// <param name="CoachId">The company's coach, if assigned.</param>
/// <param name="CompanyName">The company's name.</param>
/// <param name="PlannedAlready">Whether a session with the step's plan key exists (a replayed step).</param>
internal sealed record SessionPlanningRow(Guid CohortId, Guid? CoachId, string CompanyName, bool PlannedAlready);
