namespace Cohorts.Workflows.Evaluations;

/// <summary>One evaluator's scoring of one application: their scores and, once every criterion is scored, their weighted score (0 to 100).</summary>
/// <param name="Email">The evaluator's address.</param>
/// <param name="Name">Their name, if given.</param>
/// <param name="Score">Their weighted score of the application, out of 100 (null until every criterion is scored).</param>
/// <param name="Scores">Their scores, criterion by criterion, with comments.</param>
public sealed record EvaluatorResult(string Email, string? Name, decimal? Score, IReadOnlyList<EvaluationScore> Scores);
