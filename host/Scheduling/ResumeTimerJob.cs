using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Runtime;
using Quartz;

namespace Cohorts.Host.Scheduling;

/// <summary>
/// Fired by a timer's trigger: asks the engine to resume that bookmark. The engine re-checks that the bookmark still
/// exists and is due, so a duplicate or stale fire does nothing; an early fire (clocks apart) is scheduled again.
/// </summary>
/// <param name="runtime">The workflow runtime.</param>
/// <param name="logger">The log.</param>
internal sealed class ResumeTimerJob(WorkflowRuntime runtime, ILogger<ResumeTimerJob> logger) : IJob
{
    public static readonly JobKey Key = new("resume-timer", TimerTriggers.Group);

    /// <summary>
    /// The job's definition: durable, so that it stays stored while no trigger points at it; recoverable, so that a
    /// fire cut short by a killed host runs again (on another host of a cluster, or at this one's restart).
    /// </summary>
    public static IJobDetail Detail() => JobBuilder.Create<ResumeTimerJob>().WithIdentity(Key).StoreDurably().RequestRecovery().Build();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var instanceId = Guid.Parse(data.GetString(TimerTriggers.InstanceIdKey)!);
        var bookmarkId = Guid.Parse(data.GetString(TimerTriggers.BookmarkIdKey)!);
        var result = await runtime.ResumeBookmarkAsync(instanceId, bookmarkId, cancellationToken: cancellationToken);
        SchedulingLog.TimerFired(logger, bookmarkId, instanceId, result.Outcome);
        if (result.Outcome == ResumeOutcome.NotDue)
        {
            var instance = await runtime.GetInstanceAsync(instanceId, cancellationToken);
            if (instance.State.Bookmarks.Find(b => b.Id == bookmarkId) is { Kind: BookmarkKind.Timer } timer)
            {
                await TimerTriggers.ScheduleAsync(context.Scheduler, timer, context.FireTimeUtc, cancellationToken);
            }
        }
    }
}
