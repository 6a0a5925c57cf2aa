using Cohorts.Workflows.Outbox;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Outbox;

/// <summary>
/// Delivers the signals recorded decisions still owe their workflows: at start, before the timers' catch-up (a decision
/// recorded before a crash is older than any timer that fell due while the host was down), then every
/// <see cref="OutboxOptions.PollInterval"/>. Each signal is first delivered right after its decision's commit; this
/// sweep delivers what a crash or a failure left behind.
/// </summary>
internal sealed class SignalOutboxService(
    SignalOutbox outbox,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<SignalOutboxService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await outbox.DeliverDueAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await outbox.DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                OutboxLog.SweepFailed(logger, ex, options.Value.PollInterval);
            }
        }
    }
}
