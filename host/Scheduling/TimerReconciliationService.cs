using Microsoft.Extensions.Options;

namespace Cohorts.Host.Scheduling;

/// <summary>
/// Reconciles at start, before Quartz starts (hosted services start in registration order), so that timers that fell
/// due while the host was down fire in due order; then again every <see cref="SchedulingOptions.ReconciliationInterval"/>.
/// Quartz's SQLite file is ready by then: the host makes it so as it starts, before its services (<see cref="SchedulerFile"/>).
/// </summary>
/// <param name="reconciler">The reconciler.</param>
/// <param name="options">The scheduling settings.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="logger">The log.</param>
internal sealed class TimerReconciliationService(
    TimerReconciler reconciler,
    IOptions<SchedulingOptions> options,
    TimeProvider timeProvider,
    ILogger<TimerReconciliationService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await ReconcileAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReconciliationInterval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ReconcileAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                SchedulingLog.ReconciliationFailed(logger, ex, options.Value.ReconciliationInterval);
            }
        }
    }

    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var report = await reconciler.ReconcileAsync(cancellationToken);
        SchedulingLog.Reconciled(logger, report.Fired, report.Added, report.Removed, report.Waiting);
    }
}
