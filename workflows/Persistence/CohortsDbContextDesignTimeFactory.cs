using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cohorts.Workflows.Persistence;

/// <summary>
/// Lets `dotnet ef` build the model without a host (see Migrations/README.md). The database it names is never opened by
/// migrations add or has-pending-model-changes.
/// </summary>
public sealed class CohortsDbContextDesignTimeFactory : IDesignTimeDbContextFactory<CohortsDbContext>
{
    /// <inheritdoc />
    public CohortsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CohortsDbContext>()
            .UseSqlite("Data Source=cohorts-design.db", sqlite => sqlite.MigrationsHistoryTable(CohortsDbContext.MigrationsHistoryTable))
            .Options);
}
