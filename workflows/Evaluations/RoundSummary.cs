namespace Cohorts.Workflows.Evaluations;

/// <summary>A round for its manager: the rubric, the evaluators, each application's average, spread and missing scores.</summary>
/// <param name="Round">The round.</param>
/// <param name="CohortName">Its cohort's name.</param>
/// <param name="Evaluators">Its evaluators.</param>
/// <param name="Applications">Its applications, best average first (those without one last, by name).</param>
public sealed record RoundSummary(EvaluationRound Round, string CohortName, IReadOnlyList<RoundEvaluator> Evaluators, IReadOnlyList<ApplicationSummary> Applications)
{
    /// <summary>Gets how many (evaluator, application) scorings are not complete.</summary>
    public int MissingScores => Applications.Sum(a => a.Missing.Count);
}
