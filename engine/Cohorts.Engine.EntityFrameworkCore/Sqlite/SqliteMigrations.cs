using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.Sqlite;

/// <summary>
/// Brings a context's schema up to date: the one way every context of the installation's database migrates, on SQLite
/// (named for it, its first provider) as on PostgreSQL.
/// </summary>
internal static class SqliteMigrations
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
        if (db.Database.IsSqlite() && Path.GetDirectoryName(Path.GetFullPath(databasePath)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
