using Microsoft.Extensions.Options;

namespace Cohorts.Host.Mail;

/// <summary>
/// Sends the mail outbox in the background: says at start where messages go, then sends what is due whenever a
/// commit nudges it (<see cref="MailNudge"/>) and at least every <see cref="MailOptions.PollInterval"/>, which also
/// picks up messages whose back-off ended and those a crash left unsent.
/// </summary>
internal sealed class MailSenderService(
    MailSender sender,
    MailNudge nudge,
    IMailTransport transport,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<MailSenderService> logger) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.UsesSmtp)
        {
            MailLog.SmtpAtStart(logger, transport.Destination);
        }
        else
        {
            MailLog.PickupAtStart(logger, transport.Destination);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sender.SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                MailLog.SweepFailed(logger, ex, interval);
            }

            await nudge.WaitAsync(interval, clock, stoppingToken);
        }
    }
}
