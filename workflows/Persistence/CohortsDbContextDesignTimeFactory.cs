using Cohorts.Engine.EntityFrameworkCore.Providers;
using Microsoft.EntityFrameworkCore.Design;

namespace Cohorts.Workflows.Persistence;

/// <summary>
/// Lets `dotnet ef` build the model without a host (see Migrations/README.md): SQLite, or PostgreSQL with
/// <c>CohortsEfProvider=PostgreSql</c>. The database it names is never opened by migrations add or has-pending-model-changes.
/// </summary>
public sealed class CohortsDbContextDesignTimeFactory : IDesignTimeDbContextFactory<CohortsDbContext>
{
    /// <inheritdoc />
    public CohortsDbContext CreateDbContext(string[] args) =>
        new(CohortsContextOptions.ForDesignTime<CohortsDbContext>(CohortsDbContext.MigrationsHistoryTable));
}
