using Cohorts.Engine.Instances;
using Microsoft.Extensions.Logging;

namespace Cohorts.Engine.Runtime;

/// <summary>The runtime's log messages.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Instance {InstanceId} step committed: {Status} (version {Version})")]
    public static partial void StepCommitted(ILogger logger, Guid instanceId, WorkflowStatus status, long version);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Instance {InstanceId} lost a concurrency race (attempt {Attempt}); reloading")]
    public static partial void ConcurrencyConflict(ILogger logger, Guid instanceId, int attempt);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Instance {InstanceId} faulted in activity {ActivityId}: {Message}")]
    public static partial void InstanceFaulted(ILogger logger, Guid instanceId, string activityId, string message);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Commit observer {Observer} failed for instance {InstanceId}; the reconciliation will put it right")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, string observer, Guid instanceId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Timer bookmark {BookmarkId} of instance {InstanceId} could not be resumed")]
    public static partial void TimerFailed(ILogger logger, Exception exception, Guid bookmarkId, Guid instanceId);
}
