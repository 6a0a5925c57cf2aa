using Cohorts.Workflows.Evaluations;

namespace Cohorts.Host.Api.Evaluations;

/// <summary>An application in a round, as its evaluator reads it: the rubric, the application, their own scores.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="RoundName">Its name.</param>
/// <param name="Criteria">The rubric's criteria.</param>
/// <param name="Application">The application.</param>
/// <param name="Scores">The reader's scores of it (none for a manager who is not its evaluator).</param>
public sealed record EvaluatedApplicationResponse(Guid RoundId, string RoundName, IReadOnlyList<RubricCriterion> Criteria, ApplicationResponse Application, IReadOnlyList<EvaluationScore> Scores);
