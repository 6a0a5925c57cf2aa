using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Instances;
using Cohorts.Tests.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.PostgreSql;

/// <summary>The engine's PostgreSQL migrations, and two hosts (service providers) on one database.</summary>
public sealed class PostgreSqlDatabaseTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [PostgresFact]
    public async Task MigrateAsync_NewDatabase_AppliesThePostgreSqlMigrationsOnly_AndTheyMatchTheModel()
    {
        await using var db = await PostgreSqlTestDatabase.CreateAsync();
        await using var context = await db.CreateDbContextAsync();

        var migrations = context.Database.GetMigrations().ToList();
        Assert.NotEmpty(migrations);
        Assert.Equal(migrations, await context.Database.GetAppliedMigrationsAsync());
        Assert.DoesNotContain(migrations, m => m.EndsWith("_InitialCreate", StringComparison.Ordinal)); // SQLite's first
        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration: tools/ef-postgresql-migration.sh engine NAME.");
        Assert.Equal(1, await context.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_collation WHERE collname = 'NOCASE'").SingleAsync());
    }

    [PostgresFact]
    public async Task CommitAsync_TwoHostsFromTheSameVersion_ExactlyOneWinsAndTheOtherWritesNothing()
    {
        await using var db = await PostgreSqlTestDatabase.CreateAsync();
        await using var other = db.CreateServices();
        var otherStore = other.GetRequiredService<Cohorts.Engine.Persistence.IWorkflowInstanceStore>();
        var id = Guid.NewGuid();
        await db.InstanceStore.CommitAsync(Insert(Instance(id)), None);

        var first = Instance(id, version: 2);
        first.State.Variables["by"] = "first";
        var second = Instance(id, version: 2);
        second.State.Variables["by"] = "second";
        var results = await Task.WhenAll(
            Attempt(db.InstanceStore, Update(first, 1, log: [Log(id, ExecutionEvent.ActivityResumed)])),
            Attempt(otherStore, Update(second, 1, log: [Log(id, ExecutionEvent.ActivityResumed)])));

        Assert.Single(results, won => won);
        var found = await otherStore.FindAsync(id, None);
        Assert.Equal(2L, found!.Version);
        Assert.Single(await db.InstanceStore.GetLogAsync(id, None));
    }

    private static async Task<bool> Attempt(Cohorts.Engine.Persistence.IWorkflowInstanceStore store, Cohorts.Engine.Persistence.StepCommit commit)
    {
        try
        {
            await store.CommitAsync(commit, None);
            return true;
        }
        catch (Cohorts.Engine.Exceptions.ConcurrencyConflictException)
        {
            return false;
        }
    }
}
