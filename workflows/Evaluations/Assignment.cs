namespace Cohorts.Workflows.Evaluations;

/// <summary>An application assigned to an evaluator in an open round, with what they scored so far.</summary>
/// <param name="Round">The round.</param>
/// <param name="CohortName">The cohort.</param>
/// <param name="CompanyId">The applicant company.</param>
/// <param name="CompanyName">Its name.</param>
/// <param name="Scores">The evaluator's scores of it.</param>
public sealed record Assignment(EvaluationRound Round, string CohortName, Guid CompanyId, string CompanyName, IReadOnlyList<EvaluationScore> Scores)
{
    /// <summary>Gets a value indicating whether every criterion is scored.</summary>
    public bool Complete => Round.Rubric.Criteria.All(c => Scores.Any(s => s.CriterionId == c.Id));
}
