namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>How many chose one option of a choice question.</summary>
/// <param name="OptionId">The option's id.</param>
/// <param name="Count">How many chose it.</param>
/// <param name="Share">Its share of those who answered the question, 0–1 (a multiple choice's shares add up to more than 1).</param>
public sealed record OptionCount(string OptionId, int Count, double Share);
