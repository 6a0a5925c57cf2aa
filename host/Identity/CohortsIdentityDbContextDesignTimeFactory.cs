using Cohorts.Engine.EntityFrameworkCore.Providers;
using Microsoft.EntityFrameworkCore.Design;

namespace Cohorts.Host.Identity;

/// <summary>
/// Lets `dotnet ef` build the model without starting the host (see Identity/Migrations/README.md). The database it
/// names is never opened by migrations add or has-pending-model-changes. SQLite, or PostgreSQL with <c>CohortsEfProvider=PostgreSql</c>.
/// </summary>
public sealed class CohortsIdentityDbContextDesignTimeFactory : IDesignTimeDbContextFactory<CohortsIdentityDbContext>
{
    /// <inheritdoc />
    public CohortsIdentityDbContext CreateDbContext(string[] args) =>
        new(CohortsContextOptions.ForDesignTime<CohortsIdentityDbContext>(CohortsIdentityDbContext.MigrationsHistoryTable));
}
