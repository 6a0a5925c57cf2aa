using System.Data.Common;
using Cohorts.Engine.EntityFrameworkCore.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cohorts.Engine.EntityFrameworkCore.Sqlite;

/// <summary>
/// Points a context at the engine's database file as the engine's own contexts are: one connection string (so every
/// context on the file shares one connection pool) and the engine's pragmas (WAL, busy timeout, synchronous, foreign
/// keys). The domain's and the host's contexts on the same file use it too, each with its own migrations history table.
/// </summary>
internal static class SqliteFileOptions
{
    public static DbContextOptionsBuilder UseCohortsSqliteFile(this DbContextOptionsBuilder builder, SqliteWorkflowStoreOptions options, string? migrationsHistoryTable = null)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(options.DatabasePath),
            Mode = SqliteOpenMode.ReadWriteCreate,

            // Pooling keeps handles (and the pragmas set on them) open between the short-lived contexts.
            Pooling = true,
        }.ToString();
        return builder
            .UseSqlite(connectionString, sqlite =>
            {
                if (migrationsHistoryTable is not null)
                {
                    sqlite.MigrationsHistoryTable(migrationsHistoryTable);
                }
            })

            // The SQLite migrations only: the PostgreSQL ones share the assembly.
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>()
            .ReplaceService<IMigrationsSqlGenerator, SqliteOneTransactionMigrationsSqlGenerator>()
            .AddInterceptors(new SqlitePragmaInterceptor(options));
    }

    /// <summary>Uses an open connection to the file owned by someone else (a step's transaction), with the SQLite migrations only.</summary>
    public static DbContextOptionsBuilder UseCohortsSqliteConnection(this DbContextOptionsBuilder builder, DbConnection connection, string? migrationsHistoryTable = null) =>
        builder
            .UseSqlite(connection, sqlite =>
            {
                if (migrationsHistoryTable is not null)
                {
                    sqlite.MigrationsHistoryTable(migrationsHistoryTable);
                }
            })
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>()
            .ReplaceService<IMigrationsSqlGenerator, SqliteOneTransactionMigrationsSqlGenerator>();
}
