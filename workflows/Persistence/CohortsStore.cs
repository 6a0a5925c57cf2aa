using System.Data.Common;
using Cohorts.Engine.EntityFrameworkCore.Providers;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Engine.EntityFrameworkCore.Stores;
using Cohorts.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Cohorts.Workflows.Persistence;

/// <summary>
/// Opens the domain's short-lived contexts: <see cref="ReadAsync{T}(Func{CohortsDbContext, Task{T}}, CancellationToken)"/>
/// for queries, <see cref="WriteAsync{T}(Func{CohortsDbContext, Task{T}}, CancellationToken)"/> for a check-then-change
/// that must not interleave with another (a coach's last free place, a milestone decided once), and the same two in a
/// workflow step's unit of work, for activities: their rows commit with the step, or not at all.
/// </summary>
/// <remarks>
/// A write holds the process's write gate (shared with the engine's stores, so in-process writers queue instead of
/// spinning in SQLite's busy handler) and an immediate transaction (SQLite's write lock, which also holds off other
/// processes) from its first read to its commit. On the engine's SQLite store a write is a turn at the engine's writer
/// connection (<paramref name="writer"/>): it shares a group commit with the steps and writes around it, and returns
/// once its commit is durable. Never call the workflow runtime inside a write: its commit needs the same gate. Inside a
/// step, write through the step's transaction only: the step holds the gate once joined.
/// </remarks>
internal sealed class CohortsStore(IDbContextFactory<CohortsDbContext> contextFactory, SqliteWriteGate writeGate, SqliteWriterConnection? writer)
{
    // Contexts over the writer are used one at a time (under the gate), a few per turn at most.
    private const int JoinedPoolSize = 8;

    // Pooled contexts over the engine's writer connection, a new pool when the store opens another one. Used only by
    // a turn at the writer (a write, or a step a participant joined), hence under the write gate. Pooled, because a
    // context made new resolves its internal services again (about 7 % of the CPU samples in a profile of the HTTP
    // writes); a pooled one returns with its tracked entities and its borrowed transaction let go, never disposing
    // the writer's connection or transaction, which it does not own.
    private (DbConnection Connection, PooledDbContextFactory<CohortsDbContext> Contexts)? _joined;

    /// <summary>Runs a query on a fresh context.</summary>
    public async Task<T> ReadAsync<T>(Func<CohortsDbContext, Task<T>> query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await query(db);
    }

    /// <summary>Runs reads and changes in one write transaction, then saves and commits.</summary>
    public async Task<T> WriteAsync<T>(Func<CohortsDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        if (writer is not null)
        {
            return await WriteInTurnAsync(writer, work, cancellationToken);
        }

        // The context and its connection are made before the gate: only the transaction needs to hold it.
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        using var writeLock = await writeGate.EnterAsync(cancellationToken);
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

    /// <summary>
    /// Runs a query for a workflow step: in the step's transaction once the step has written (so it sees what the step
    /// wrote), else on a fresh context.
    /// </summary>
    public async Task<T> ReadAsync<T>(IStepTransaction step, Func<CohortsDbContext, Task<T>> query, CancellationToken cancellationToken)
    {
        if (step is IJoinableStepTransaction { IsJoined: true } joined)
        {
            await using var db = await OpenJoinedAsync(joined, cancellationToken);
            return await query(db);
        }

        return await ReadAsync(query, cancellationToken);
    }

    /// <summary>
    /// Runs reads and changes for a workflow step in the step's transaction (joining it on first use) and saves them
    /// there: they commit with the step's instance, bookmarks and log, or are rolled back with them. A store whose
    /// steps offer no transaction (the in-memory engine of previews) gets a write transaction of its own.
    /// </summary>
    public async Task<T> WriteAsync<T>(IStepTransaction step, Func<CohortsDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        if (step is not IJoinableStepTransaction joinable)
        {
            return await WriteAsync(work, cancellationToken);
        }

        await using var db = await OpenJoinedAsync(joinable, cancellationToken);
        var result = await work(db);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private async Task<T> WriteInTurnAsync<T>(SqliteWriterConnection rows, Func<CohortsDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        // Rolled back (only this write's changes) if the work or its save throws.
        await using var turn = await rows.BeginTurnAsync(cancellationToken);
        T result;
        await using (var db = await OpenOverAsync(turn.Transaction, cancellationToken))
        {
            result = await work(db);
            await db.SaveChangesAsync(cancellationToken);
        }

        await turn.CommitAsync();
        return result;
    }

    private async Task<CohortsDbContext> OpenJoinedAsync(IJoinableStepTransaction step, CancellationToken cancellationToken) =>
        await OpenOverAsync(await step.JoinAsync(cancellationToken), cancellationToken);

    private async Task<CohortsDbContext> OpenOverAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection ?? throw new InvalidOperationException("The writer's transaction has no connection.");
        if (_joined is not { } joined || !ReferenceEquals(joined.Connection, connection))
        {
            // The connection is open, configured by the engine (pragmas) and owned by it: the context only borrows it.
            var builder = new DbContextOptionsBuilder<CohortsDbContext>();
            builder.UseCohortsConnection(connection, CohortsDbContext.MigrationsHistoryTable);
            joined = (connection, new PooledDbContextFactory<CohortsDbContext>(builder.Options, JoinedPoolSize));
            _joined = joined;
        }

        var db = await joined.Contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return db;
    }
}
