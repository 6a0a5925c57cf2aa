using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;
using Quartz;

namespace Cohorts.Host.Scheduling;

/// <summary>
/// Puts the scheduler back in line with the engine's database, which is the source of truth: fires every overdue
/// timer in due order first (the ones that fell due while the host was down), then adds the triggers that timers lack
/// and removes the triggers whose timers are gone.
/// </summary>
/// <param name="runtime">The workflow runtime.</param>
/// <param name="store">The engine's instance store.</param>
/// <param name="schedulers">Quartz's scheduler factory.</param>
internal sealed class TimerReconciler(WorkflowRuntime runtime, IWorkflowInstanceStore store, ISchedulerFactory schedulers)
{
    public async Task<ReconciliationReport> ReconcileAsync(CancellationToken cancellationToken)
    {
        var fired = await runtime.TriggerDueTimersAsync(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);

        // Triggers first, timers second: a timer committed in between is then missing from the triggers and gets
        // scheduled (at worst twice, which ScheduleAsync absorbs), never mistaken for a stale trigger and removed.
        var triggers = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(TimerTriggers.Group), cancellationToken);
        var timers = await store.FindDueTimersAsync(DateTimeOffset.MaxValue, int.MaxValue, cancellationToken);
        var wanted = timers.ToDictionary(t => TimerTriggers.KeyFor(t.Id));

        var stale = triggers.Where(key => !wanted.ContainsKey(key)).ToList();
        if (stale.Count > 0)
        {
            await scheduler.UnscheduleJobs(stale, cancellationToken);
        }

        var missing = wanted.Where(pair => !triggers.Contains(pair.Key)).Select(pair => pair.Value).ToList();
        foreach (var timer in missing)
        {
            await TimerTriggers.ScheduleAsync(scheduler, timer, cancellationToken);
        }

        return new ReconciliationReport(fired, missing.Count, stale.Count, timers.Count);
    }
}
