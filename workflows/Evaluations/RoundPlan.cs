namespace Cohorts.Workflows.Evaluations;

/// <summary>A round to open, as sent: its name, rubric and evaluators.</summary>
/// <param name="Name">The round's name.</param>
/// <param name="Criteria">The rubric's criteria (1 to 20).</param>
/// <param name="Evaluators">The evaluators (1 to 50).</param>
public sealed record RoundPlan(string? Name, IReadOnlyList<CriterionInput?>? Criteria, IReadOnlyList<EvaluatorInput?>? Evaluators);
