using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;
using Quartz;

namespace Cohorts.Host.Scheduling;

/// <summary>
/// After each committed step, adds a trigger for every new timer bookmark and removes the triggers of timers the step
/// removed (a Race's losing deadline, a resumed timer). It runs after the engine's commit: a process that dies in
/// between leaves a timer without a trigger or a trigger without a timer, which the reconciliation puts right.
/// </summary>
/// <param name="schedulers">Quartz's scheduler factory.</param>
internal sealed class QuartzTimerObserver(ISchedulerFactory schedulers) : IWorkflowCommitObserver
{
    public async ValueTask OnCommittedAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var added = commit.AddedBookmarks.Where(b => b.Kind == BookmarkKind.Timer).ToList();
        var removed = commit.RemovedBookmarks.Where(b => b.Kind == BookmarkKind.Timer).Select(b => TimerTriggers.KeyFor(b.Id)).ToList();
        if (added.Count == 0 && removed.Count == 0)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (removed.Count > 0)
        {
            await scheduler.UnscheduleJobs(removed, cancellationToken);
        }

        foreach (var timer in added)
        {
            await TimerTriggers.ScheduleAsync(scheduler, timer, cancellationToken);
        }
    }
}
