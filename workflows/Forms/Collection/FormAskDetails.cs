namespace Cohorts.Workflows.Forms.Collection;

/// <summary>What every request of one ask shares: its title, due time, edit deadline, the event it follows, its plan key.</summary>
/// <param name="Title">A title for the respondent; the form's name when null.</param>
/// <param name="DueAt">When an answer is expected.</param>
/// <param name="EditableUntil">Until when an answer may be edited; null: until <paramref name="DueAt"/>.</param>
/// <param name="SessionId">The event the form follows, if any.</param>
/// <param name="PlanKey">The key a replayed workflow step finds its request by (each respondent's own), if asked by a workflow.</param>
internal sealed record FormAskDetails(string? Title, DateTimeOffset? DueAt, DateTimeOffset? EditableUntil, Guid? SessionId, string? PlanKey);
