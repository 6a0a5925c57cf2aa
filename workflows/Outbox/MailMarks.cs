using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Outbox;

/// <summary>
/// Records what became of an outbox e-mail once the transport answered: sent, or failed and due again after a back-off.
/// Each mark is one write of the domain's store (<c>CohortsStore</c>), so on SQLite it shares a group commit with the
/// steps and writes around it, and returns once durable.
/// </summary>
public sealed class MailMarks
{
    private readonly CohortsStore _store;

    internal MailMarks(CohortsStore store) => _store = store;

    /// <summary>Sets the time of the first sending: one statement, for an unsent row only (a second mark changes nothing).</summary>
    public Task MarkSentAsync(Guid id, DateTimeOffset at) =>
        _store.WriteAsync(
            db => db.OutgoingMessages
                .Where(m => m.Id == id && m.SentAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, at), CancellationToken.None),
            CancellationToken.None);

    /// <summary>Marks a failed attempt (its count decides the back-off); returns the row as stored, or null if it is gone.</summary>
    public Task<OutgoingMessage?> MarkFailedAsync(Guid id, string error, DateTimeOffset at) =>
        _store.WriteAsync(
            async db =>
            {
                var stored = await db.OutgoingMessages.SingleOrDefaultAsync(m => m.Id == id, CancellationToken.None);
                stored?.Failed(error, at);
                return stored;
            },
            CancellationToken.None);
}
