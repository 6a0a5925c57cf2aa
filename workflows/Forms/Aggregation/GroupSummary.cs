namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>The summary of one group of answer sets (or of all of them).</summary>
/// <param name="Key">The group's key: a cohort id, a town, a sector or an option id; empty for "not given", null for the whole.</param>
/// <param name="Label">What the group is called when the data names it (a cohort's name, a town, a sector); null otherwise.</param>
/// <param name="Respondents">How many answer sets the group holds.</param>
/// <param name="Questions">Each question of the form's latest version, in order.</param>
public sealed record GroupSummary(string? Key, string? Label, int Respondents, IReadOnlyList<QuestionSummary> Questions);
