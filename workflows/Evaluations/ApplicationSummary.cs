using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Evaluations;

/// <summary>
/// One application in a round, for the manager: the average of the evaluators' weighted scores (those who scored every
/// criterion), its spread (lowest, highest, standard deviation) and who has not finished scoring it.
/// </summary>
/// <param name="CompanyId">The applicant company.</param>
/// <param name="CompanyName">Its name.</param>
/// <param name="Status">Where its journey stands (Applied until decided).</param>
/// <param name="Advanced">Whether the manager advanced it to the next round.</param>
/// <param name="Average">The mean of the complete scores, out of 100 (null when none is complete).</param>
/// <param name="Lowest">The lowest complete score.</param>
/// <param name="Highest">The highest complete score.</param>
/// <param name="StandardDeviation">The (population) standard deviation of the complete scores.</param>
/// <param name="Evaluators">Each assigned evaluator's scoring.</param>
/// <param name="Criteria">Each criterion's mean.</param>
/// <param name="Missing">The assigned evaluators who have not scored every criterion.</param>
public sealed record ApplicationSummary(
    Guid CompanyId,
    string CompanyName,
    CompanyStatus Status,
    bool Advanced,
    decimal? Average,
    decimal? Lowest,
    decimal? Highest,
    decimal? StandardDeviation,
    IReadOnlyList<EvaluatorResult> Evaluators,
    IReadOnlyList<CriterionMean> Criteria,
    IReadOnlyList<string> Missing);
