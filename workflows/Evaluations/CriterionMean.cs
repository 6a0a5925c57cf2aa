namespace Cohorts.Workflows.Evaluations;

/// <summary>The mean of the scores one criterion got for one application (on the criterion's own scale).</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="Mean">The mean of the evaluators' scores (null when nobody scored it).</param>
/// <param name="Count">How many evaluators scored it.</param>
public sealed record CriterionMean(string CriterionId, decimal? Mean, int Count);
