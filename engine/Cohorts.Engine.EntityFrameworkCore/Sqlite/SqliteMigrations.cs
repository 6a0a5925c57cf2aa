using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.Sqlite;

/// <summary>Brings a context's schema up to date in a SQLite file: the one way every context of the file migrates.</summary>
internal static class SqliteMigrations
{
    /// <summary>
    /// Creates the file's folder when missing and applies the context's checked-in migrations that the file lacks, inside
    /// the process's write queue (EF also takes its migration lock, so two processes starting together apply them once).
    /// </summary>
    public static async Task ApplyAsync<TContext>(
        IDbContextFactory<TContext> contextFactory,
        SqliteWriteGate writeGate,
        string fullPath,
        CancellationToken cancellationToken)
        where TContext : DbContext
    {
        if (Path.GetDirectoryName(fullPath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        using var writeLock = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
