using Cohorts.Engine.Bookmarks;
using Quartz;

namespace Cohorts.Host.Scheduling;

/// <summary>
/// How a timer bookmark maps to a Quartz trigger: one trigger per bookmark, keyed by the bookmark id, carrying ids only.
/// A trigger that fell due while the host was down fires as soon as the scheduler starts (misfire: fire now); a fire
/// that finds its bookmark gone or not due does nothing, so a duplicate or late fire is harmless.
/// </summary>
internal static class TimerTriggers
{
    public const string Group = "cohorts-timers";
    public const string InstanceIdKey = "instanceId";
    public const string BookmarkIdKey = "bookmarkId";

    public static TriggerKey KeyFor(Guid bookmarkId) => new(bookmarkId.ToString("N"), Group);

    public static ITrigger For(Bookmark timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var dueAt = timer.DueAt ?? throw new ArgumentException($"Bookmark {timer.Id} is not a timer.", nameof(timer));
        return TriggerBuilder.Create()
            .WithIdentity(KeyFor(timer.Id))
            .ForJob(ResumeTimerJob.Key)
            .UsingJobData(InstanceIdKey, timer.InstanceId.ToString())
            .UsingJobData(BookmarkIdKey, timer.Id.ToString())
            .StartAt(dueAt)
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
    }

    /// <summary>
    /// Schedules the trigger of a timer, replacing one that exists (the commit observer and the reconciliation may
    /// both schedule the same bookmark: one trigger, with the same due time, is what both want).
    /// </summary>
    public static async Task ScheduleAsync(IScheduler scheduler, Bookmark timer, CancellationToken cancellationToken) =>
        await scheduler.ScheduleJob(For(timer), ScheduleJobOptions.Replacing, cancellationToken);
}
