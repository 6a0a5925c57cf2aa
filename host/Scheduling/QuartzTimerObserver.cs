using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;
using Quartz;

namespace Cohorts.Host.Scheduling;

/// <summary>
/// After each committed step, adds a trigger for every new timer bookmark and removes the triggers of timers the step
/// removed (a Race's losing deadline, a resumed timer). A timer created already due gets no trigger (Quartz would fire
/// it only after its misfire scan): it raises <see cref="DueTimerSignal"/> instead, and <see cref="DueTimerService"/>
/// fires it at once. It runs after the engine's commit: a process that dies in between leaves a timer without a
/// trigger or a trigger without a timer, which the reconciliation puts right. The steps of a reconciliation's
/// catch-up (<see cref="TriggerDeferral"/>) are left to that reconciliation.
/// </summary>
/// <param name="schedulers">Quartz's scheduler factory.</param>
/// <param name="deferral">Marks the catch-up's steps.</param>
/// <param name="dueTimers">Raised for timers created already due.</param>
/// <param name="timeProvider">The clock.</param>
internal sealed class QuartzTimerObserver(
    ISchedulerFactory schedulers,
    TriggerDeferral deferral,
    DueTimerSignal dueTimers,
    TimeProvider timeProvider) : IWorkflowCommitObserver
{
    public async ValueTask OnCommittedAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (deferral.IsActive)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var added = commit.AddedBookmarks.Where(b => b.Kind == BookmarkKind.Timer).ToList();
        if (added.Exists(b => b.DueAt <= now))
        {
            dueTimers.Raise();
        }

        var later = added.Where(b => b.DueAt > now).ToList();

        // A timer created already due never had a trigger from here: nothing to remove.
        var removed = commit.RemovedBookmarks
            .Where(b => b.Kind == BookmarkKind.Timer && b.DueAt > b.CreatedAt)
            .Select(b => TimerTriggers.KeyFor(b.Id))
            .ToList();
        if (later.Count == 0 && removed.Count == 0)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (removed.Count > 0)
        {
            await scheduler.UnscheduleJobs(removed, cancellationToken);
        }

        foreach (var timer in later)
        {
            await TimerTriggers.ScheduleAsync(scheduler, timer, now, cancellationToken);
        }
    }
}
