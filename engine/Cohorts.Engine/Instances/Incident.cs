namespace Cohorts.Engine.Instances;

/// <summary>An activity's failure, recorded when it faulted its instance.</summary>
/// <param name="Id">The incident id.</param>
/// <param name="InstanceId">The faulted instance.</param>
/// <param name="ActivityId">The activity that failed.</param>
/// <param name="ActivityType">Its type name.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="ExceptionType">The exception's type, when an exception was thrown.</param>
/// <param name="At">When it happened.</param>
/// <param name="ResolvedAt">When a retry resolved it (null while open).</param>
public sealed record Incident(
    Guid Id,
    Guid InstanceId,
    string ActivityId,
    string ActivityType,
    string Message,
    string? ExceptionType,
    DateTimeOffset At,
    DateTimeOffset? ResolvedAt);
