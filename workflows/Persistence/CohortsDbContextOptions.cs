using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Persistence;

/// <summary>Points a <see cref="CohortsDbContext"/> at the engine's database file, configured as the engine's contexts are.</summary>
internal static class CohortsDbContextOptions
{
    /// <summary>
    /// Uses the engine's file with the engine's connection string (so both share one connection pool), the domain's
    /// own migrations history table, and the engine's pragmas (WAL, busy timeout, synchronous, foreign keys).
    /// </summary>
    public static DbContextOptionsBuilder UseCohortsDatabase(this DbContextOptionsBuilder builder, SqliteWorkflowStoreOptions options) =>
        builder.UseCohortsSqliteFile(options, CohortsDbContext.MigrationsHistoryTable);
}
