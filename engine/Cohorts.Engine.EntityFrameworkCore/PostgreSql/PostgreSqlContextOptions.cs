using System.Data.Common;
using Cohorts.Engine.EntityFrameworkCore.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>Points a context at the installation's PostgreSQL database, configured as every context on it is.</summary>
internal static class PostgreSqlContextOptions
{
    /// <summary>Statements kept prepared per connection when the connection string does not say (Npgsql's automatic preparation).</summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// Uses the connection string (with automatic preparation of repeated statements and no reset of a pooled
    /// connection unless the string says otherwise), the context's migrations history
    /// table, its PostgreSQL migrations (<see cref="ProviderMigrationsAssembly"/>) and the installation's write lock at
    /// the start of each transaction (<see cref="PostgreSqlWriteLock"/>).
    /// </summary>
    public static DbContextOptionsBuilder UseCohortsPostgreSql(this DbContextOptionsBuilder builder, string connectionString, string? migrationsHistoryTable = null)
    {
        var prepared = new NpgsqlConnectionStringBuilder(connectionString);
        if (prepared.MaxAutoPrepare == 0)
        {
            prepared.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        // A pooled connection is not reset when a context gives it back (Npgsql otherwise sends, with the next
        // statement, a reset the server then runs for every store call): every lock the stores take is the
        // transaction's (pg_advisory_xact_lock), and nothing else of a session is set, so there is nothing to reset.
        if (!new DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("No Reset On Close"))
        {
            prepared.NoResetOnClose = true;
        }

        return builder
            .UseNpgsql(prepared.ConnectionString, npgsql => Configure(npgsql, migrationsHistoryTable))
            .UsePostgreSqlServices()
            .AddInterceptors(new PostgreSqlWriteLock());
    }

    /// <summary>
    /// Uses an open connection owned by someone else (a step's transaction a participant joined): same model and
    /// migrations, no write lock (the transaction that owns the connection took it).
    /// </summary>
    public static DbContextOptionsBuilder UseCohortsPostgreSqlConnection(this DbContextOptionsBuilder builder, DbConnection connection, string? migrationsHistoryTable = null) =>
        builder
            .UseNpgsql(connection, npgsql => Configure(npgsql, migrationsHistoryTable))
            .UsePostgreSqlServices();

    private static DbContextOptionsBuilder UsePostgreSqlServices(this DbContextOptionsBuilder builder) =>
        builder
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>()
            .ReplaceService<IModelCustomizer, PostgreSqlModelCustomizer>();

    private static void Configure(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql, string? migrationsHistoryTable)
    {
        if (migrationsHistoryTable is not null)
        {
            npgsql.MigrationsHistoryTable(migrationsHistoryTable);
        }
    }
}
