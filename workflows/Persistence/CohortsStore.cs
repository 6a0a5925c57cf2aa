using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Persistence;

/// <summary>
/// Opens the domain's short-lived contexts: <see cref="ReadAsync{T}"/> for queries, <see cref="WriteAsync{T}"/> for a
/// check-then-change that must not interleave with another (a coach's last free place, a milestone decided once).
/// </summary>
/// <remarks>
/// A write holds the process's write gate (shared with the engine's stores, so in-process writers queue instead of
/// spinning in SQLite's busy handler) and an immediate transaction (SQLite's write lock, which also holds off other
/// processes) from its first read to its commit. Never call the workflow runtime inside a write: its commit needs the
/// same gate.
/// </remarks>
internal sealed class CohortsStore(IDbContextFactory<CohortsDbContext> contextFactory, SqliteWriteGate writeGate)
{
    /// <summary>Runs a query on a fresh context.</summary>
    public async Task<T> ReadAsync<T>(Func<CohortsDbContext, Task<T>> query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await query(db);
    }

    /// <summary>Runs reads and changes in one write transaction, then saves and commits.</summary>
    public async Task<T> WriteAsync<T>(Func<CohortsDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        using var writeLock = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Runs reads and changes in one write transaction, then saves and commits.</summary>
    public Task WriteAsync(Func<CohortsDbContext, Task> work, CancellationToken cancellationToken) =>
        WriteAsync(
            async db =>
            {
                await work(db);
                return true;
            },
            cancellationToken);
}
