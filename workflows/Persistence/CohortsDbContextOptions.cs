using Cohorts.Engine.EntityFrameworkCore.Providers;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Persistence;

/// <summary>Points a <see cref="CohortsDbContext"/> at the engine's database, configured as the engine's contexts are.</summary>
internal static class CohortsDbContextOptions
{
    /// <summary>
    /// Uses the engine's database (its SQLite file with the engine's connection string and pragmas, or its PostgreSQL
    /// database, whichever <c>Cohorts:Database:Provider</c> names) and the domain's own migrations history table.
    /// </summary>
    public static DbContextOptionsBuilder UseCohortsDatabase(this DbContextOptionsBuilder builder, IServiceProvider services) =>
        builder.UseCohortsDatabase(services, CohortsDbContext.MigrationsHistoryTable);
}
