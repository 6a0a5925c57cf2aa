namespace Cohorts.Host.Api.Funder;

/// <summary>A decision on a milestone.</summary>
/// <param name="Outcome">passed, needsWork or failed.</param>
/// <param name="Reason">Why.</param>
/// <param name="NewDueAt">For "needs work": the new due date.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="DecidedBy">Who.</param>
public sealed record MilestoneDecisionResponse(string Outcome, string Reason, DateTimeOffset? NewDueAt, DateTimeOffset DecidedAt, string DecidedBy);
