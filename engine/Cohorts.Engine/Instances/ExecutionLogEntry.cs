namespace Cohorts.Engine.Instances;

/// <summary>One line of an instance's execution log: the audit trail and timeline of a journey.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="At">When it happened.</param>
/// <param name="Event">What happened.</param>
/// <param name="ActivityId">The activity concerned (the root's id for workflow events).</param>
/// <param name="ActivityType">The activity's type name.</param>
/// <param name="Detail">The outcome, the bookmark waited on, the fault message: whatever tells the story.</param>
public sealed record ExecutionLogEntry(
    Guid InstanceId,
    DateTimeOffset At,
    ExecutionEvent Event,
    string ActivityId,
    string ActivityType,
    string? Detail);
