using System.Data.Common;
using Cohorts.Engine.EntityFrameworkCore.PostgreSql;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Cohorts.Engine.EntityFrameworkCore.Providers;

/// <summary>
/// Points the engine's, the domain's and Identity's contexts at the installation's database, whichever provider
/// <see cref="CohortsDatabaseOptions.Provider"/> names: the one place that chooses, so the contexts and their callers
/// never test which database they are on.
/// </summary>
internal static class CohortsContextOptions
{
    /// <summary>The environment variable the design-time factories read: <c>PostgreSql</c> to add a PostgreSQL migration.</summary>
    public const string DesignProviderVariable = "CohortsEfProvider";

    /// <summary>Uses the configured database, with the context's own migrations history table (null: EF's default).</summary>
    public static DbContextOptionsBuilder UseCohortsDatabase(this DbContextOptionsBuilder builder, IServiceProvider services, string? migrationsHistoryTable = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var database = services.GetRequiredService<IOptions<CohortsDatabaseOptions>>().Value;
        return database.Provider == CohortsDatabaseProvider.PostgreSql
            ? builder.UseCohortsPostgreSql(database.PostgreSql.ConnectionString, migrationsHistoryTable)
            : builder.UseCohortsSqliteFile(services.GetRequiredService<IOptions<SqliteWorkflowStoreOptions>>().Value, migrationsHistoryTable);
    }

    /// <summary>
    /// Uses an open connection of the installation's database owned by someone else (a step's transaction, an account
    /// transaction): the context borrows it and never opens, closes or configures it.
    /// </summary>
    public static DbContextOptionsBuilder UseCohortsConnection(this DbContextOptionsBuilder builder, DbConnection connection, string? migrationsHistoryTable = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // Asked as "is it SQLite?": naming PostgreSQL's connection type here would load its assembly in every installation.
        return connection is Microsoft.Data.Sqlite.SqliteConnection
            ? builder.UseCohortsSqliteConnection(connection, migrationsHistoryTable)
            : builder.UseCohortsPostgreSqlConnection(connection, migrationsHistoryTable);
    }

    /// <summary>
    /// The options `dotnet ef` builds a context with (the design-time factories): SQLite, or PostgreSQL when the
    /// environment variable <see cref="DesignProviderVariable"/> is <c>PostgreSql</c>. No database is opened by
    /// <c>migrations add</c> or <c>has-pending-model-changes</c>.
    /// </summary>
    public static DbContextOptions<TContext> ForDesignTime<TContext>(string? migrationsHistoryTable = null)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        var provider = Environment.GetEnvironmentVariable(DesignProviderVariable);
        if (string.Equals(provider, nameof(CohortsDatabaseProvider.PostgreSql), StringComparison.OrdinalIgnoreCase))
        {
            builder.UseCohortsPostgreSqlConnection(new NpgsqlConnection("Host=localhost;Database=cohorts_design"), migrationsHistoryTable);
        }
        else
        {
            builder.UseCohortsSqliteConnection(new Microsoft.Data.Sqlite.SqliteConnection("Data Source=cohorts-design.db"), migrationsHistoryTable);
        }

        return builder.Options;
    }
}
