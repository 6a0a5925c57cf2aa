using System.Text.Json.Nodes;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Workflows.Audit;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// An account change made through Identity's managers and its audit entry in one transaction: the transaction is
/// begun on the request's Identity context (the one <c>UserManager</c> saves through, so its saves join it) and the
/// domain context borrows its connection to add the entry, as <see cref="AccountStore.WriteAsync{T}"/> does for
/// invitations and their e-mails. The change and the record of who made it commit together or not at all.
/// </summary>
internal sealed class AccountTransaction(CohortsIdentityDbContext identity, SqliteWriteGate writeGate, TimeProvider clock)
{
    /// <summary>Runs <paramref name="change"/>, then records <paramref name="action"/> by <paramref name="actor"/>, and commits once.</summary>
    public Task<T> RunAsync<T>(string? actor, string action, Func<CohortsIdentityDbContext, Task<T>> change, Func<T, JsonObject> data, CancellationToken cancellationToken) =>
        RunAsync(_ => actor, action, change, data, cancellationToken);

    /// <summary>Runs <paramref name="change"/>, then records <paramref name="action"/> by the actor its result names, and commits once.</summary>
    public async Task<T> RunAsync<T>(Func<T, string?> actor, string action, Func<CohortsIdentityDbContext, Task<T>> change, Func<T, JsonObject> data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(data);
        using var writeLock = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await identity.Database.BeginTransactionAsync(cancellationToken);
        var result = await change(identity);
        await identity.SaveChangesAsync(cancellationToken);

        await using (var domain = await JoinedDomainContext.OpenAsync(identity, transaction, cancellationToken))
        {
            AuditLog.Add(domain, clock.GetUtcNow(), actor(result), action, data: data(result));
            await domain.SaveChangesAsync(cancellationToken);
        }

        // Nothing after this point may fail the change: the commit is the last step.
        await transaction.CommitAsync(CancellationToken.None);
        return result;
    }
}
