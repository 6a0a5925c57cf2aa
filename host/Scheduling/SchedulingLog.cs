using Cohorts.Engine.Runtime;

namespace Cohorts.Host.Scheduling;

/// <summary>The scheduler's log messages.</summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Timer {BookmarkId} of instance {InstanceId} fired: {Outcome}")]
    public static partial void TimerFired(ILogger logger, Guid bookmarkId, Guid instanceId, ResumeOutcome outcome);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Timers reconciled: {Fired} overdue fired, {Added} triggers added, {Removed} stale triggers removed, {Waiting} timers waiting")]
    public static partial void Reconciled(ILogger logger, int fired, int added, int removed, int waiting);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Timer reconciliation failed; it runs again in {Interval}")]
    public static partial void ReconciliationFailed(ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Timers created already due: {Fired} fired")]
    public static partial void DueTimersFired(ILogger logger, int fired);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Timers created already due could not be fired; the next one created, or the reconciliation, fires them")]
    public static partial void DueTimersFailed(ILogger logger, Exception exception);
}
