using Cohorts.Engine.Runtime;

namespace Cohorts.Host.Scheduling;

/// <summary>
/// Fires the due timers through the runtime, in due order across instances, until none is due (the runtime's
/// <see cref="WorkflowRuntime.TriggerDueTimersAsync"/>), one run at a time so that the reconciliation and
/// <see cref="DueTimerService"/> never interleave their orders.
/// </summary>
/// <param name="runtime">The workflow runtime.</param>
/// <param name="deferral">Marks the runs whose triggers the caller writes afterwards.</param>
internal sealed class TimerCatchUp(WorkflowRuntime runtime, TriggerDeferral deferral) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Fires every due timer; returns how many resumed their instance.</summary>
    /// <param name="deferTriggers">
    /// True when the caller reconciles the triggers afterwards: the fired steps then write nothing to Quartz.
    /// </param>
    /// <param name="cancellationToken">Stops between fires.</param>
    public async Task<int> FireDueAsync(bool deferTriggers, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return deferTriggers
                ? await deferral.RunAsync(() => runtime.TriggerDueTimersAsync(cancellationToken))
                : await runtime.TriggerDueTimersAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
