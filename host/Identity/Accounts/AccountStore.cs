using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// Writes account rows (Identity's context) and the e-mails they owe (the domain's outbox, <c>OutgoingMessages</c>)
/// in one transaction: both contexts are on the same SQLite file, so the transaction is begun on the Identity
/// context and the domain context is made over its connection and joins it, the way a workflow step's domain writes
/// join the step (<c>CohortsStore.OpenJoinedAsync</c>). An invitation and its e-mail commit together or not at all.
/// </summary>
internal sealed class AccountStore(IDbContextFactory<CohortsIdentityDbContext> contexts, SqliteWriteGate writeGate)
{
    /// <summary>Runs <paramref name="work"/> with both contexts, saves both and commits once.</summary>
    public async Task<T> WriteAsync<T>(Func<CohortsIdentityDbContext, CohortsDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var writeLock = await writeGate.EnterAsync(cancellationToken);
        await using var identity = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await identity.Database.BeginTransactionAsync(cancellationToken);

        await using var domain = await JoinedDomainContext.OpenAsync(identity, transaction, cancellationToken);

        var result = await work(identity, domain);
        await identity.SaveChangesAsync(cancellationToken);
        await domain.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Changes Identity's tables only, under the write gate (never while Identity's managers write: they do not take it).</summary>
    public async Task<T> UpdateAsync<T>(Func<CohortsIdentityDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var writeLock = await writeGate.EnterAsync(cancellationToken);
        await using var identity = await contexts.CreateDbContextAsync(cancellationToken);
        var result = await work(identity);
        await identity.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>Reads with a context of its own.</summary>
    public async Task<T> ReadAsync<T>(Func<CohortsIdentityDbContext, Task<T>> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var identity = await contexts.CreateDbContextAsync(cancellationToken);
        return await query(identity);
    }
}
