using System.Data.Common;

namespace Cohorts.Engine.EntityFrameworkCore.Sqlite;

/// <summary>
/// Keeps one process at a time migrating a SQLite file, with a lock the operating system releases when the process
/// ends, however it ends: an exclusive lock on a file beside the database (<c>cohorts.db.migration-lock</c>).
/// </summary>
/// <remarks>
/// <para>
/// EF Core's own migration lock on SQLite is a row in <c>__EFMigrationsLock</c>, taken at every <c>Migrate</c> (at every
/// start, even with nothing to apply) and deleted at the end. A process killed in between leaves the row, and every
/// later <c>Migrate</c> waits for it forever: the host never started again, and said nothing. Under this lock, a row
/// there can only be such a leftover (every process of the installation migrates under it), so it is deleted first.
/// </para>
/// <para>
/// The lock file is separate from the database: SQLite's own locks are POSIX locks, which a process loses on a file
/// as soon as it closes any descriptor of that file, so the database itself must not be opened for anything else.
/// On Linux and macOS .NET takes the lock with <c>flock</c> (advisory: only processes that ask for it are held).
/// </para>
/// </remarks>
internal sealed class SqliteMigrationLock : IAsyncDisposable
{
    /// <summary>How long to wait before trying again when another process holds the lock.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    private const string LeftOverLockSql =
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock';";

    private readonly FileStream _file;

    private SqliteMigrationLock(FileStream file) => _file = file;

    /// <summary>Gets the lock file's path for a database file.</summary>
    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + ".migration-lock";

    /// <summary>
    /// Waits until no other process holds the lock on <paramref name="databasePath"/>'s lock file, then holds it, trying
    /// again every <see cref="RetryDelay"/> of <paramref name="time"/> (the system's clock when null).
    /// </summary>
    public static async Task<SqliteMigrationLock> AcquireAsync(string databasePath, TimeProvider? time, CancellationToken cancellationToken)
    {
        var path = PathFor(databasePath);
        while (true)
        {
            try
            {
                return new SqliteMigrationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Held by another process (or another handle of this one); anything else (a missing folder, a read-only
                // disk) is thrown from the first attempt, or from the next when the file was not there.
                await Task.Delay(RetryDelay, time ?? TimeProvider.System, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Deletes EF Core's migration lock row when one is there (left by a process stopped while migrating); says whether
    /// there was one. Call it while holding this lock, outside any transaction.
    /// </summary>
    public static async Task<bool> ClearLeftOverAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = LeftOverLockSql;
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return false;
        }

        command.CommandText = "DELETE FROM \"__EFMigrationsLock\";";
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
