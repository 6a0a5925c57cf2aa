namespace Cohorts.Host.Scheduling;

/// <summary>
/// Marks the steps run by a reconciliation's catch-up, so that <see cref="QuartzTimerObserver"/> leaves their triggers
/// to the reconciliation, which writes them after the catch-up in a few batches (one Quartz transaction per step made
/// a restart with a thousand overdue timers take half a minute). Scoped to the catch-up's own async flow: steps that
/// other callers commit meanwhile (a signal, a Quartz fire) still schedule their triggers at once.
/// </summary>
internal sealed class TriggerDeferral
{
    private readonly AsyncLocal<bool> _active = new();

    /// <summary>Gets a value indicating whether the current flow defers its triggers.</summary>
    public bool IsActive => _active.Value;

    /// <summary>Defers the triggers of the steps run by <paramref name="action"/>.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);

        // Set inside this async method: the value flows into the action and is gone when the method returns.
        _active.Value = true;
        return await action();
    }
}
