using Cohorts.Engine.Persistence;
using Quartz;

namespace Cohorts.Host.Scheduling;

/// <summary>
/// Puts the scheduler back in line with the engine's database, which is the source of truth: fires every due timer
/// first, in due order across instances and until none is due (the ones that fell due while the host was down, and
/// those their fires create already due), then adds the triggers that timers lack and removes the triggers whose timers
/// are gone, in a few Quartz transactions. The catch-up's steps write nothing to Quartz themselves
/// (<see cref="TriggerDeferral"/>): the second half does it for all of them at once.
/// </summary>
/// <param name="catchUp">Fires the due timers.</param>
/// <param name="store">The engine's instance store.</param>
/// <param name="schedulers">Quartz's scheduler factory.</param>
/// <param name="timeProvider">The clock.</param>
internal sealed class TimerReconciler(TimerCatchUp catchUp, IWorkflowInstanceStore store, ISchedulerFactory schedulers, TimeProvider timeProvider)
{
    public async Task<ReconciliationReport> ReconcileAsync(CancellationToken cancellationToken)
    {
        var fired = await catchUp.FireDueAsync(deferTriggers: true, cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);

        // Triggers first, timers second: a timer committed in between is then missing from the triggers and gets
        // scheduled (at worst twice, which replacing absorbs), never mistaken for a stale trigger and removed.
        // A set: the missing ones are looked up in it, one per timer (tens of thousands at 1,000 cohorts).
        var triggers = (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(TimerTriggers.Group), cancellationToken)).ToHashSet();
        var timers = await store.FindDueTimersAsync(DateTimeOffset.MaxValue, int.MaxValue, cancellationToken);
        var wanted = timers.ToDictionary(t => TimerTriggers.KeyFor(t.Id));

        var stale = triggers.Where(key => !wanted.ContainsKey(key)).ToList();
        if (stale.Count > 0)
        {
            await scheduler.UnscheduleJobs(stale, cancellationToken);
        }

        var missing = wanted.Where(pair => !triggers.Contains(pair.Key)).Select(pair => pair.Value).ToList();
        if (missing.Count > 0)
        {
            await TimerTriggers.ScheduleManyAsync(scheduler, missing, timeProvider.GetUtcNow(), cancellationToken);
        }

        return new ReconciliationReport(fired, missing.Count, stale.Count, timers.Count);
    }
}
