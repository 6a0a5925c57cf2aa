using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>
/// Takes the installation's write lock at the start of every transaction EF begins on PostgreSQL: a transaction-scoped
/// advisory lock (<c>pg_advisory_xact_lock</c>), released by its COMMIT or ROLLBACK. It is what SQLite's
/// <c>BEGIN IMMEDIATE</c> is on the file: one write transaction at a time, across every host on the database, so each
/// check-then-change of the domain and of Identity (a coach's last free place, a refresh token used once) stays as
/// correct as on SQLite without each of them choosing its own lock. Reads outside a transaction never wait for it, nor
/// does a step that writes only the engine's rows of its instance (the store begins that transaction on the connection,
/// which this interceptor does not see): the instance lock and the version check are enough there.
/// </summary>
/// <remarks>
/// Lock order, so no two transactions wait for each other: this lock first, always (it is the first statement of the
/// transaction), then at most one instance lock (<see cref="PostgreSqlLocks.LockInstanceAsync"/>) at a step's commit.
/// </remarks>
internal sealed class PostgreSqlWriteLock : DbTransactionInterceptor
{
    /// <summary>The advisory lock key of the write lock (an arbitrary constant: "Cohorts" in ASCII, 0x436F686F727473).</summary>
    public const long Key = 18_981_317_776_667_763;

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = Create(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection,
        TransactionEndEventData eventData,
        DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = Create(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand Create(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(18981317776667763)";
        return command;
    }
}
