using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// A transaction on the writer's connection begun and ended through SQLite's C API, its statements compiled once
/// (<see cref="RawStatement"/>): for a turn that writes the store's own rows only (a step nobody else writes in), whose
/// transaction no EF context needs. Microsoft.Data.Sqlite's <see cref="SqliteTransaction"/> compiles and runs
/// <c>PRAGMA read_uncommitted</c> and <c>BEGIN IMMEDIATE</c> at every begin and <c>COMMIT</c> at every commit, about a
/// tenth of a step's CPU (docs/PERFORMANCE.md). SQLite's own state decides what is open: a transaction that SQLite
/// rolled back itself (an I/O error) is seen as ended, not rolled back twice.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite knows nothing of this transaction (its connection has no <see cref="SqliteConnection.BeginTransaction()"/>
/// transaction), so its commands run in it with no transaction set, as SQLite runs every statement of the connection
/// in the open transaction. Nothing but the writer uses its connection, under the write gate.
/// </remarks>
internal sealed class RawTransaction(SqliteConnection connection) : IDisposable
{
    private const string Savepoint = "\"cohorts_turn\"";

    private RawStatement? _begin;
    private RawStatement? _commit;
    private RawStatement? _rollback;
    private RawStatement? _save;
    private RawStatement? _release;
    private RawStatement? _rollbackToSave;

    /// <summary>Gets a value indicating whether SQLite has a transaction open on the connection.</summary>
    public bool IsOpen => connection.Handle is { } handle && raw.sqlite3_get_autocommit(handle) == 0;

    /// <summary>Begins <c>IMMEDIATE</c>: the write lock is taken now (a rival process is waited for in busy_timeout).</summary>
    public void Begin()
    {
        if (IsOpen)
        {
            throw new InvalidOperationException("A transaction is already open on the writer's connection.");
        }

        Run(ref _begin, "BEGIN IMMEDIATE");
    }

    /// <summary>Commits: durable when this returns (the connection's synchronous setting).</summary>
    public void Commit() => Run(ref _commit, "COMMIT");

    /// <summary>Rolls back what is still open (nothing when SQLite ended the transaction already).</summary>
    public void RollbackIfOpen()
    {
        if (IsOpen)
        {
            Run(ref _rollback, "ROLLBACK");
        }
    }

    /// <summary>
    /// Opens the turn's savepoint in the open transaction (a turn joining a transaction an earlier turn left open); throws
    /// when SQLite ended it already, where a savepoint would begin a transaction of its own.
    /// </summary>
    public void Save()
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("The transaction to join was ended by SQLite (a failed statement or I/O error).");
        }

        Run(ref _save, $"SAVEPOINT {Savepoint}");
    }

    /// <summary>Keeps what was written since <see cref="Save"/>, closing the savepoint.</summary>
    public void Release() => Run(ref _release, $"RELEASE SAVEPOINT {Savepoint}");

    /// <summary>Undoes what was written since <see cref="Save"/>; the savepoint stays open (<see cref="Release"/> closes it).</summary>
    public void RollbackToSave() => Run(ref _rollbackToSave, $"ROLLBACK TO SAVEPOINT {Savepoint}");

    /// <summary>Finalizes the compiled statements.</summary>
    public void Dispose()
    {
        _begin?.Dispose();
        _commit?.Dispose();
        _rollback?.Dispose();
        _save?.Dispose();
        _release?.Dispose();
        _rollbackToSave?.Dispose();
    }

    private void Run(ref RawStatement? statement, string sql) =>
        (statement ??= RawStatement.Prepare(connection, sql)).Execute();
}
