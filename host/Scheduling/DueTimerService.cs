namespace Cohorts.Host.Scheduling;

/// <summary>
/// Fires, as soon as they exist, the timers that steps create already due (a cohort launched with a start date in the
/// past, the next occurrence after a late fire), which a Quartz trigger would only fire after its misfire scan, about a
/// minute later. It reads them from the engine's database, the source of truth, so a run also fires any other timer
/// that is due, in due order; a process that dies first leaves them to the start-up catch-up.
/// </summary>
/// <param name="catchUp">Fires the due timers.</param>
/// <param name="signal">Raised by <see cref="QuartzTimerObserver"/>.</param>
/// <param name="logger">The log.</param>
internal sealed class DueTimerService(TimerCatchUp catchUp, DueTimerSignal signal, ILogger<DueTimerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await signal.WaitAsync(stoppingToken);
            try
            {
                var fired = await catchUp.FireDueAsync(deferTriggers: false, stoppingToken);
                SchedulingLog.DueTimersFired(logger, fired);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                SchedulingLog.DueTimersFailed(logger, ex);
            }
        }
    }
}
