using System.Text.Json.Nodes;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Outbox;

/// <summary>Owes e-mails: adds them to the outbox in the caller's transaction, once per key.</summary>
public static class MailOutbox
{
    /// <summary>
    /// Adds an e-mail to the outbox in the caller's transaction (it commits with the event that causes it), unless one
    /// with the same key is owed or sent already, or the context owes no mail (a preview's, see
    /// <see cref="CohortsDbContext.OwesMail"/>).
    /// </summary>
    /// <returns>The message added, or null when its key was there already or no mail is owed.</returns>
    public static async Task<OutgoingMessage?> AddAsync(
        CohortsDbContext db,
        string key,
        string kind,
        string recipient,
        JsonObject data,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(data);
        if (!db.OwesMail)
        {
            return null;
        }

        if (await db.OutgoingMessages.AnyAsync(m => m.Key == key, cancellationToken)
            || db.OutgoingMessages.Local.Any(m => m.Key == key))
        {
            return null;
        }

        var message = new OutgoingMessage(Guid.CreateVersion7(now), key, kind, recipient.Trim(), data.ToJsonString(), now);
        db.OutgoingMessages.Add(message);
        return message;
    }
}
