using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace Cohorts.Engine.EntityFrameworkCore.Sqlite;

/// <summary>
/// Brings a context's schema up to date: the one way every context of the installation's database migrates, on SQLite
/// (named for it, its first provider) as on PostgreSQL.
/// </summary>
internal static partial class SqliteMigrations
{
    /// <summary>
    /// Creates the SQLite file's folder when missing (on SQLite) and applies the context's checked-in migrations that the
    /// database lacks, inside the process's write queue (EF also takes its migration lock, so two processes or hosts
    /// starting together apply them once).
    /// </summary>
    public static async Task ApplyAsync<TContext>(
        IDbContextFactory<TContext> contextFactory,
        SqliteWriteGate writeGate,
        string databasePath,
        CancellationToken cancellationToken)
        where TContext : DbContext
    {
        using var writeLock = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            if (Path.GetDirectoryName(Path.GetFullPath(databasePath)) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await MigrateSqliteAsync(db, targetMigration: null, cancellationToken);
        }
        else
        {
            // PostgreSQL (the other provider; not named here, so that a SQLite installation never loads its assembly).
            // A fresh database: the history table made first, so EF's first look at it is not logged as a failed
            // command (a missing table is an error there, where SQLite's check is a query of its catalogue).
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Applies (or reverts) migrations up to <paramref name="targetMigration"/> (all when null) on a SQLite connection
    /// whose foreign keys are off meanwhile (one process at a time: <see cref="SqliteMigrationLock"/>, which also clears a
    /// migration lock a stopped process left), as the migrations' table rebuilds need
    /// (<see cref="SqliteOneTransactionMigrationsSqlGenerator"/>), then turns them on again. When a migration ran, every
    /// reference is checked after (<c>PRAGMA foreign_key_check</c>, SQLite's own procedure for a rebuild); a broken one is
    /// logged as an error.
    /// </summary>
    public static async Task MigrateSqliteAsync(DbContext db, string? targetMigration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Opened here, so that EF's migrator keeps this connection (and its pragma) rather than opening one of its own.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        try
        {
            await using var fileLock = await SqliteMigrationLock.AcquireAsync(connection.DataSource, time: null, cancellationToken);
            var logger = db.GetService<ILoggerFactory>().CreateLogger(typeof(SqliteMigrations).FullName!);
            if (await SqliteMigrationLock.ClearLeftOverAsync(connection, cancellationToken))
            {
                LeftOverLockCleared(logger, connection.DataSource);
            }

            // Called even when nothing is pending: EF's migrator also refuses a model that differs from its migrations.
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Count();
            await ExecuteAsync(connection, "PRAGMA foreign_keys = OFF;", cancellationToken);
            await db.GetService<IMigrator>().MigrateAsync(targetMigration, cancellationToken);
            var changed = targetMigration is not null || (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Count() != applied;
            if (changed && await FirstViolationAsync(connection, cancellationToken) is { } violation)
            {
                BrokenReference(logger, violation);
            }
        }
        finally
        {
            // The pooled handle keeps its pragmas: it must not go back to the pool without its foreign keys.
            try
            {
                await ExecuteAsync(connection, "PRAGMA foreign_keys = ON;", CancellationToken.None);
            }
            catch (DbException)
            {
                SqliteConnection.ClearPool(connection);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Names the first table with a broken reference (<c>PRAGMA foreign_key_check</c>), or null when there is none.</summary>
    private static async Task<string?> FirstViolationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? $"{reader.GetString(0)} (row {reader.GetValue(1)}, to {reader.GetString(2)})" : null;
    }

    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "Removed the migration lock a process stopped while migrating {Database} left behind")]
    private static partial void LeftOverLockCleared(ILogger logger, string database);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Error, Message = "After the migrations, a row of {Violation} references a row that does not exist: the database needs repair")]
    private static partial void BrokenReference(ILogger logger, string violation);
}
