namespace Cohorts.Workflows.Evaluations;

/// <summary>One score as an evaluator sends it.</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="Value">The score, within the criterion's scale.</param>
/// <param name="Comment">A comment (optional, at most 2,000 characters).</param>
public sealed record ScoreInput(string? CriterionId, int? Value, string? Comment = null);
