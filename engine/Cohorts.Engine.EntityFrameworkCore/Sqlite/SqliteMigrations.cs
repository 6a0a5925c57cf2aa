using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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

        if (db.Database.IsNpgsql())
        {
            // A fresh PostgreSQL database: the history table made first, so EF's first look at it is not logged as a
            // failed command (a missing table is an error there, where SQLite's check is a query of its catalogue).
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
