namespace Cohorts.Workflows.Domain;

/// <summary>A decision on a milestone.</summary>
/// <param name="Outcome">Passed, needs work or failed.</param>
/// <param name="Reason">Why.</param>
/// <param name="NewDueAt">For "needs work": the new due date.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="DecidedBy">Who.</param>
public sealed record MilestoneDecision(MilestoneOutcome Outcome, string Reason, DateTimeOffset? NewDueAt, DateTimeOffset DecidedAt, string DecidedBy);
