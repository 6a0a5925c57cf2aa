using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>
/// Lets `dotnet ef` build the model without a host: `cd engine/Cohorts.Engine.EntityFrameworkCore &amp;&amp;
/// dotnet tool restore &amp;&amp; dotnet ef migrations add NAME --output-dir Migrations`. The database it names is never
/// opened by migrations add or has-pending-model-changes.
/// </summary>
public sealed class WorkflowDbContextDesignTimeFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    /// <inheritdoc />
    public WorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WorkflowDbContext>().UseSqlite("Data Source=cohorts-design.db").Options);
}
