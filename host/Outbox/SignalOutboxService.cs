using Cohorts.Workflows.Outbox;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Outbox;

/// <summary>
/// Delivers the signals recorded decisions still owe their workflows: at start, every one (after the launches' recovery
/// has started the journeys a stopped process left unstarted, and before the timers' catch-up: a decision recorded
/// before a crash is older than any timer that fell due while the host was down), then every
/// <see cref="OutboxOptions.PollInterval"/> what a failure or another host left behind
/// (<see cref="SignalOutbox.DeliverLeftBehindAsync"/>). Each signal is first delivered right after its decision's commit.
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
                await outbox.DeliverLeftBehindAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                OutboxLog.SweepFailed(logger, ex, options.Value.PollInterval);
            }
        }
    }
}
