using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Cohorts.Engine.EntityFrameworkCore.Sqlite;

/// <summary>
/// Configures each SQLite connection when EF opens it, once per underlying database handle.
/// </summary>
/// <remarks>
/// <para>
/// These are per-connection settings that SQLite forgets when a handle closes, and Microsoft.Data.Sqlite has no
/// connection-string keyword for most of them, so they are set here:
/// </para>
/// <list type="bullet">
/// <item>`busy_timeout`: another process holding the write lock makes SQLite itself wait and retry for this long
/// instead of failing at once with SQLITE_BUSY (writers within this process queue on <see cref="SqliteWriteGate"/>).</item>
/// <item>`journal_mode=WAL`: readers never block the writer and the writer never blocks readers, and a commit appends
/// to one log file instead of rewriting pages twice. It is a property of the database file, so it is set once, on the
/// first connection of this process, and checked.</item>
/// <item>`synchronous`: FULL (default) fsyncs the log at every commit, so a committed step survives a power cut;
/// NORMAL trades that for speed (see <see cref="SqliteSynchronousMode"/>).</item>
/// <item>`foreign_keys=ON`: SQLite does not enforce foreign keys unless each connection asks.</item>
/// </list>
/// <para>
/// Microsoft.Data.Sqlite pools connections: closing one returns its handle, settings intact, and EF opens and closes a
/// connection around every store call. Handles already configured are remembered (weakly, so a handle the pool
/// disposes is forgotten), so the hot path pays for the pragmas once per handle rather than on every call.
/// </para>
/// </remarks>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<sqlite3, object> _configuredHandles = [];
    private readonly string _pragmas;
    private int _journalModeChecked;

    public SqlitePragmaInterceptor(SqliteWorkflowStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var synchronous = options.Synchronous == SqliteSynchronousMode.Normal ? "NORMAL" : "FULL";
        var busyTimeoutMs = (int)options.BusyTimeout.TotalMilliseconds;
        _pragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA synchronous = {synchronous}; PRAGMA foreign_keys = ON;");
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!NeedsConfiguration(connection))
        {
            return;
        }

        using (var command = CreateCommand(connection, _pragmas))
        {
            command.ExecuteNonQuery();
        }

        if (Volatile.Read(ref _journalModeChecked) == 0)
        {
            using var command = CreateCommand(connection, "PRAGMA journal_mode = WAL;");
            EnsureWal(command.ExecuteScalar());
        }

        Remember(connection);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!NeedsConfiguration(connection))
        {
            return;
        }

        await using (var command = CreateCommand(connection, _pragmas))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (Volatile.Read(ref _journalModeChecked) == 0)
        {
            await using var command = CreateCommand(connection, "PRAGMA journal_mode = WAL;");
            EnsureWal(await command.ExecuteScalarAsync(cancellationToken));
        }

        Remember(connection);
    }

    private static DbCommand CreateCommand(DbConnection connection, string text)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The text is built from validated numbers and fixed keywords, never from input.
        command.CommandText = text;
#pragma warning restore CA2100
        return command;
    }

    private bool NeedsConfiguration(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !_configuredHandles.TryGetValue(handle, out _);

    private void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _configuredHandles.AddOrUpdate(handle, handle);
        }
    }

    private void EnsureWal(object? journalMode)
    {
        // The pragma answers with the mode now in force; anything but "wal" (an in-memory database, a read-only
        // file system) would silently lose the concurrency and durability this adapter is built on.
        if (!string.Equals(journalMode as string, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"SQLite refused write-ahead logging (journal_mode is '{journalMode}'); the Cohorts store needs a database file it can write.");
        }

        Volatile.Write(ref _journalModeChecked, 1);
    }
}
