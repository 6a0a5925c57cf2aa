namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>What a form's answers add up to (<see cref="FormAggregator"/>): the whole, and each group of the breakdown.</summary>
/// <param name="Form">The form's latest version, whose questions are summed up.</param>
/// <param name="Breakdown">The grouping.</param>
/// <param name="Search">The text search the texts were filtered by, if any.</param>
/// <param name="All">Every answer set together.</param>
/// <param name="Groups">The groups, largest first (none without a breakdown).</param>
public sealed record AnswerSummary(FormDefinition Form, Breakdown Breakdown, string? Search, GroupSummary All, IReadOnlyList<GroupSummary> Groups);
