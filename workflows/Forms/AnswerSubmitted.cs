namespace Cohorts.Workflows.Forms;

/// <summary>What a submission did.</summary>
/// <param name="RequestId">The request answered.</param>
/// <param name="IsEdit">True when it replaced an earlier answer (before the deadline) rather than answering first.</param>
/// <param name="EditableUntil">Until when the answer may still be edited, if it may.</param>
public sealed record AnswerSubmitted(Guid RequestId, bool IsEdit, DateTimeOffset? EditableUntil);
