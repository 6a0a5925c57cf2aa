namespace Cohorts.Host.Manage;

/// <summary>A step a workflow instance waits at: an activity suspended on a bookmark.</summary>
/// <param name="ActivityId">The activity's id in the definition.</param>
/// <param name="ActivityType">Its type (Screening, CoachingSession, MilestoneReview...).</param>
/// <param name="DisplayName">Its human name, if the definition gives one.</param>
/// <param name="Signal">The signal it waits for (null for a timer).</param>
/// <param name="DueAt">When its timer falls due (null for a signal).</param>
public sealed record WaitingStep(string ActivityId, string ActivityType, string? DisplayName, string? Signal, DateTimeOffset? DueAt);
