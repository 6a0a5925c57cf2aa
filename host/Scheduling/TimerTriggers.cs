using Cohorts.Engine.Bookmarks;
using Quartz;

namespace Cohorts.Host.Scheduling;

/// <summary>
/// How a timer bookmark maps to a Quartz trigger: one trigger per bookmark, keyed by the bookmark id, carrying ids only.
/// A trigger starts at its timer's due time, or now when that has passed: Quartz's normal scan only picks up triggers
/// less than its misfire threshold (a minute) late, and leaves older ones to its misfire scan, a minute later. One that
/// fell due while the host was down fires as soon as the scheduler starts (misfire: fire now); a fire that finds its
/// bookmark gone or not due does nothing, so a duplicate or late fire is harmless.
/// </summary>
internal static class TimerTriggers
{
    public const string Group = "cohorts-timers";
    public const string InstanceIdKey = "instanceId";
    public const string BookmarkIdKey = "bookmarkId";

    // Triggers written per Quartz transaction by ScheduleManyAsync: a rebuilt scheduler file may need a trigger for
    // every waiting timer, and one transaction for all of them would hold Quartz's lock for as long as it takes.
    private const int BatchSize = 500;

    public static TriggerKey KeyFor(Guid bookmarkId) => new(bookmarkId.ToString("N"), Group);

    public static ITrigger For(Bookmark timer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var dueAt = timer.DueAt ?? throw new ArgumentException($"Bookmark {timer.Id} is not a timer.", nameof(timer));
        return TriggerBuilder.Create()
            .WithIdentity(KeyFor(timer.Id))
            .ForJob(ResumeTimerJob.Key)
            .UsingJobData(InstanceIdKey, timer.InstanceId.ToString())
            .UsingJobData(BookmarkIdKey, timer.Id.ToString())
            .StartAt(dueAt > now ? dueAt : now)
            .WithSimpleSchedule(schedule => schedule.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
    }

    /// <summary>
    /// Schedules the trigger of a timer, replacing one that exists (the commit observer and the reconciliation may
    /// both schedule the same bookmark: one trigger, with the same due time, is what both want).
    /// </summary>
    public static async Task ScheduleAsync(IScheduler scheduler, Bookmark timer, DateTimeOffset now, CancellationToken cancellationToken) =>
        await scheduler.ScheduleJob(For(timer, now), ScheduleJobOptions.Replacing, cancellationToken);

    /// <summary>Schedules the triggers of many timers, replacing those that exist, a few hundred per Quartz transaction.</summary>
    public static async Task ScheduleManyAsync(IScheduler scheduler, IReadOnlyList<Bookmark> timers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(timers);
        var job = ResumeTimerJob.Detail();
        foreach (var chunk in timers.Chunk(BatchSize))
        {
            var triggers = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>
            {
                [job] = [.. chunk.Select(timer => For(timer, now))],
            };
            await scheduler.ScheduleJobs(triggers, ScheduleJobOptions.Replacing, cancellationToken);
        }
    }
}
