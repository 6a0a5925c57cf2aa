using Cohorts.Engine.EntityFrameworkCore;
using Microsoft.Data.Sqlite;

namespace Cohorts.Host.Scheduling;

/// <summary>
/// Quartz's own SQLite file (on SQLite installations): made ready before Quartz opens it. Its journal is the
/// write-ahead log, as the engine's file: a trigger's transaction (one or two after each step that adds or removes a
/// timer, before the step's answer goes out) is then one append and one sync, where SQLite's default rollback journal
/// creates, syncs and deletes a journal file besides syncing the database (three syncs and two file operations).
/// The mode is kept in the file; durability is unchanged (<c>synchronous</c> stays FULL, SQLite's default).
/// </summary>
internal static class SchedulerFile
{
    /// <summary>
    /// Makes Quartz's file ready on a SQLite installation (nothing on PostgreSQL, where Quartz has its tables), once, as
    /// the host starts and before its services: a path it cannot use is then said as the database's is, without the
    /// services' failure logged with a stack trace.
    /// </summary>
    public static Task PrepareAsync(CohortsDatabaseOptions database, SchedulingOptions scheduling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(scheduling);
        return database.Provider == CohortsDatabaseProvider.Sqlite ? PrepareAsync(scheduling.DatabasePath, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Creates the file's folder, and the file in write-ahead-log mode (or switches an existing one to it).</summary>
    public static async Task PrepareAsync(string path, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        if (Path.GetDirectoryName(fullPath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = fullPath, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        await using var connection = new SqliteConnection(connectionString.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
