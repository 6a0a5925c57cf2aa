using System.Runtime.CompilerServices;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cohorts.Host.Mail;

/// <summary>
/// The mail sender's poll, compiled once per model (as <c>AccessQueries</c>): it runs after every workflow step's
/// commit (<see cref="MailNudge"/>), so a LINQ query translated again each time was paid on every write.
/// </summary>
internal sealed class MailQueries
{
    private static readonly ConditionalWeakTable<IModel, MailQueries> ByModel = [];

    private readonly Func<CohortsDbContext, DateTimeOffset, int, IAsyncEnumerable<OutgoingMessage>> _due =
        EF.CompileAsyncQuery((CohortsDbContext db, DateTimeOffset now, int batch) =>
            db.OutgoingMessages.AsNoTracking()
                .Where(m => m.SentAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.CreatedAt)
                .Take(batch));

    /// <summary>Reads the unsent rows due at <paramref name="now"/>, oldest first, at most <paramref name="batch"/>.</summary>
    public static ValueTask<List<OutgoingMessage>> DueAsync(CohortsDbContext db, DateTimeOffset now, int batch, CancellationToken cancellationToken) =>
        ByModel.GetValue(db.Model, _ => new MailQueries())._due(db, now, batch).ToListAsync(cancellationToken);
}
