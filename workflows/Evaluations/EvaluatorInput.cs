namespace Cohorts.Workflows.Evaluations;

/// <summary>An evaluator of a round as sent: who, and which applications (all of the round's when none are named).</summary>
/// <param name="Email">Their e-mail address (they sign in with it; invited when they have no account).</param>
/// <param name="Name">Their name, if known.</param>
/// <param name="CompanyIds">The applications assigned to them (companies' ids), or null for all.</param>
public sealed record EvaluatorInput(string? Email, string? Name = null, IReadOnlyList<Guid>? CompanyIds = null);
