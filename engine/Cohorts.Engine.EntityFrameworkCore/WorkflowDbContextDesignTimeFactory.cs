using Cohorts.Engine.EntityFrameworkCore.Providers;
using Microsoft.EntityFrameworkCore.Design;

namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>
/// Lets `dotnet ef` build the model without a host: `cd engine/Cohorts.Engine.EntityFrameworkCore &amp;&amp;
/// dotnet tool restore &amp;&amp; dotnet ef migrations add NAME --output-dir Migrations`; for PostgreSQL, with
/// <c>CohortsEfProvider=PostgreSql</c> and <c>--output-dir Migrations/PostgreSql</c> (see Migrations/README.md). The
/// database it names is never opened by migrations add or has-pending-model-changes.
/// </summary>
public sealed class WorkflowDbContextDesignTimeFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    /// <inheritdoc />
    public WorkflowDbContext CreateDbContext(string[] args) => new(CohortsContextOptions.ForDesignTime<WorkflowDbContext>());
}
