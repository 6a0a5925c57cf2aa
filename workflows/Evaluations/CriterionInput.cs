namespace Cohorts.Workflows.Evaluations;

/// <summary>A rubric criterion as sent (checked by <see cref="RoundPlanRules"/>).</summary>
/// <param name="Id">Its slug, unique in the rubric.</param>
/// <param name="Label">What is judged, in English and French.</param>
/// <param name="Weight">Its weight (above 0, at most 100).</param>
/// <param name="Min">The lowest score (default 1).</param>
/// <param name="Max">The highest score (default 5).</param>
public sealed record CriterionInput(string? Id, LabelInput? Label, decimal? Weight, int? Min = null, int? Max = null);
