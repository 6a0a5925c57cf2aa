using Cohorts.Workflows.Evaluations;

namespace Cohorts.Host.Api.Evaluations;

/// <summary>An evaluator's scores of one application (criteria not sent keep their scores).</summary>
/// <param name="Scores">Each criterion's score and comment.</param>
public sealed record ScoresRequest(IReadOnlyList<ScoreInput?>? Scores);
