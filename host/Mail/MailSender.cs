using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Mail;

/// <summary>
/// Sends what the mail outbox owes: every unsent row whose next attempt is due, oldest first. A row is marked sent
/// only after the transport accepted all its messages (the SMTP server's reply, the pickup file written); a failure
/// marks it failed, due again after a back-off (<see cref="OutgoingMessage.Failed"/>). A crash between the accept and
/// the marking sends it again at the next start, with the same Message-Id: at least once, a duplicate being what the
/// recipient's server and client can recognise. Sweeps never overlap.
/// </summary>
internal sealed class MailSender(
    IDbContextFactory<CohortsDbContext> contexts,
    MailMarks marks,
    MailRenderer renderer,
    IMailTransport transport,
    TimeProvider clock,
    ILogger<MailSender> logger) : IDisposable
{
    private const int Batch = 50;

    private readonly SemaphoreSlim _sweep = new(1, 1);

    /// <summary>Sends every message due; returns how many rows were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await _sweep.WaitAsync(cancellationToken);
        try
        {
            var sent = 0;
            var tried = new HashSet<Guid>();
            while (true)
            {
                var now = clock.GetUtcNow();
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var due = await MailQueries.DueAsync(db, now, Batch, cancellationToken);
                var fresh = due.Where(m => tried.Add(m.Id)).ToList();
                foreach (var row in fresh)
                {
                    sent += await SendAsync(row, cancellationToken) ? 1 : 0;
                }

                if (fresh.Count == 0 || due.Count < Batch)
                {
                    return sent;
                }
            }
        }
        finally
        {
            _sweep.Release();
        }
    }

    public void Dispose() => _sweep.Dispose();

    private async Task<bool> SendAsync(OutgoingMessage row, CancellationToken cancellationToken)
    {
        try
        {
            var messages = await renderer.RenderAsync(row, cancellationToken);
            if (messages.Count == 0)
            {
                MailLog.NoRecipient(logger, row.Kind, row.Id, row.Recipient);
            }

            foreach (var message in messages)
            {
                await transport.SendAsync(message, cancellationToken);
                Log(row.Kind, message);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var next = await MarkFailedAsync(row.Id, $"{exception.GetType().Name}: {exception.Message}");
            MailLog.Failed(logger, exception, row.Kind, row.Id, row.Recipient, next?.Attempts ?? 0, next?.NextAttemptAt ?? clock.GetUtcNow());
            return false;
        }

        await MarkSentAsync(row.Id);
        return true;
    }

    private void Log(string kind, MimeKit.MimeMessage message)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var to = message.To.ToString();
        if (transport is PickupMailTransport pickup)
        {
            var path = pickup.PathOf(message.MessageId ?? string.Empty);
            MailLog.Written(logger, kind, to, path);
        }
        else
        {
            MailLog.Sent(logger, kind, to, message.MessageId ?? string.Empty);
        }
    }

    // Never cancelled: what the transport accepted is recorded even while the host stops.
    private Task MarkSentAsync(Guid id) => marks.MarkSentAsync(id, clock.GetUtcNow());

    // Never cancelled, as above. The row is read in the mark's transaction: its attempts decide the back-off.
    private Task<OutgoingMessage?> MarkFailedAsync(Guid id, string error) => marks.MarkFailedAsync(id, error, clock.GetUtcNow());
}
