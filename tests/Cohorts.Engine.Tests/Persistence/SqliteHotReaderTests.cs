using Cohorts.Engine.EntityFrameworkCore.Stores;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>
/// The prepared reads (a signal's target instances, a definition's latest version) on connections kept open: they read
/// exactly what EF's queries read, see every commit at once, serve concurrent callers, and a read that failed on its
/// statement leaves the next one unharmed.
/// </summary>
public sealed class SqliteHotReaderTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task FindSignalTargetsAsync_InstancesOfEveryShape_ReadsTheSameInstancesAsFindAsync()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var waiting = Instance(correlationId: null, createdAt: Now.AddDays(-3));
        var finished = Instance(status: WorkflowStatus.Faulted, version: 5);
        finished.FinishedAt = Now.AddHours(2);
        finished.UpdatedAt = Now.AddHours(2);
        await db.InstanceStore.CommitAsync(Insert(WithSignal(waiting)), None);
        await db.InstanceStore.CommitAsync(Insert(WithSignal(finished)), None);
        await db.InstanceStore.CommitAsync(Insert(WithSignal(Instance(), correlationKey: "other")), None);

        var targets = await db.InstanceStore.FindSignalTargetsAsync("approved", "acme", None);

        Assert.Equal(2, targets.Count);
        foreach (var target in targets)
        {
            Assert.Equal(Describe((await db.InstanceStore.FindAsync(target.Id, None))!), Describe(target));
        }

        Assert.Equal([Describe(waiting), Describe(finished)], targets.Select(Describe).OrderBy(d => d.Version));
    }

    [Fact]
    public async Task FindSignalTargetsAsync_AfterEachCommit_SeesItAtOnce()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var instance = WithSignal(Instance());
        await db.InstanceStore.CommitAsync(Insert(instance), None);
        Assert.Equal(1, Assert.Single(await db.InstanceStore.FindSignalTargetsAsync("approved", "acme", None)).Version);

        var resumed = Instance(instance.Id, version: 2, status: WorkflowStatus.Completed);
        await db.InstanceStore.CommitAsync(Update(resumed, 1, removed: instance.State.Bookmarks), None);

        Assert.Empty(await db.InstanceStore.FindSignalTargetsAsync("approved", "acme", None));
    }

    [Fact]
    public async Task FindSignalTargetsAsync_AfterAReadFailedOnItsStatement_TheNextReadSucceeds()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var instance = WithSignal(Instance());
        await db.InstanceStore.CommitAsync(Insert(instance), None);
        Assert.Single(await db.InstanceStore.FindSignalTargetsAsync("approved", "acme", None));

        // The prepared statement now names a table that is gone: SQLite fails it when it recompiles it.
        await RenameAsync(db, "Bookmarks", "BookmarksAway");
        await Assert.ThrowsAsync<SqliteException>(async () => await db.InstanceStore.FindSignalTargetsAsync("approved", "acme", None));
        await RenameAsync(db, "BookmarksAway", "Bookmarks");

        Assert.Equal(instance.Id, Assert.Single(await db.InstanceStore.FindSignalTargetsAsync("approved", "acme", None)).Id);
        Assert.Null(await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));
    }

    [Fact]
    public async Task FindLatestVersionAsync_AfterAReadFailedOnItsStatement_TheNextReadSeesNewVersions()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await db.DefinitionStore.AddVersionAsync(new StoredDefinition("onboarding", 1, "Onboarding", "{}", Now), None);
        Assert.Equal(1, await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));

        await RenameAsync(db, "WorkflowDefinitions", "DefinitionsAway");
        await Assert.ThrowsAsync<SqliteException>(async () => await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));
        await RenameAsync(db, "DefinitionsAway", "WorkflowDefinitions");
        await db.DefinitionStore.AddVersionAsync(new StoredDefinition("onboarding", 2, "Onboarding", "{}", Now), None);

        Assert.Equal(2, await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));
    }

    [Fact]
    public async Task FindSignalTargetsAsync_ManyConcurrentCallers_EachGetsItsOwnTargets()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var instances = Enumerable.Range(0, 12).Select(i => WithSignal(Instance(correlationId: $"c-{i}"), correlationKey: $"c-{i}")).ToList();
        foreach (var instance in instances)
        {
            await db.InstanceStore.CommitAsync(Insert(instance), None);
        }

        await db.DefinitionStore.AddVersionAsync(new StoredDefinition("onboarding", 3, "Onboarding", "{}", Now), None);

        var reads = Enumerable.Range(0, 200).Select(n => Task.Run(async () =>
        {
            var i = n % instances.Count;
            var target = Assert.Single(await db.InstanceStore.FindSignalTargetsAsync("approved", $"c-{i}", None));
            Assert.Equal(instances[i].Id, target.Id);
            Assert.Equal(3, await db.DefinitionStore.FindLatestVersionAsync("onboarding", None));
        }));

        await Task.WhenAll(reads);
    }

    [Fact]
    public async Task FindSignalTargetsAsync_WhileAStepHoldsTheWriteGate_ReadsOnlyCommittedRows()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await db.InstanceStore.CommitAsync(Insert(WithSignal(Instance())), None);
        var step = (SqliteStepTransaction)db.InstanceStore.BeginStep();
        var transaction = await step.JoinAsync(None);
        await using (var delete = transaction.Connection!.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM \"Bookmarks\"";
            await delete.ExecuteNonQueryAsync();
        }

        // The writer's connection is in the step's transaction: the read goes to a reader of its own.
        var whileHeld = await db.InstanceStore.FindSignalTargetsAsync("approved", "acme", None);
        await step.DisposeAsync();
        var afterRollback = await db.InstanceStore.FindSignalTargetsAsync("approved", "acme", None);

        Assert.Single(whileHeld);
        Assert.Single(afterRollback);
    }

    [Fact]
    public async Task FindSignalTargetsAsync_AfterAnotherConnectionCommitted_SeesItOnTheWritersConnection()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await db.InstanceStore.CommitAsync(Insert(WithSignal(Instance())), None);
        Assert.Single(await db.InstanceStore.FindSignalTargetsAsync("approved", "acme", None));

        await using (var other = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            await other.OpenAsync();
            await using var delete = other.CreateCommand();
            delete.CommandText = "DELETE FROM \"Bookmarks\"";
            await delete.ExecuteNonQueryAsync();
        }

        Assert.Empty(await db.InstanceStore.FindSignalTargetsAsync("approved", "acme", None));
    }

    [Fact]
    public async Task FindSignalTargetsAsync_AfterTheServicesAreDisposed_Throws()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var services = db.CreateServices();
        var store = services.GetRequiredService<IWorkflowInstanceStore>();
        await store.FindSignalTargetsAsync("approved", "acme", None);

        await services.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.FindSignalTargetsAsync("approved", "acme", None));
    }

    private static WorkflowInstance WithSignal(WorkflowInstance instance, string correlationKey = "acme")
    {
        instance.State.Bookmarks.Add(Signal(instance.Id, correlationKey: correlationKey));
        return instance;
    }

    private static (Guid Id, string DefinitionId, int DefinitionVersion, string? CorrelationId, WorkflowStatus Status, long Version,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt, string State) Describe(WorkflowInstance i) =>
        (i.Id, i.DefinitionId, i.DefinitionVersion, i.CorrelationId, i.Status, i.Version, i.CreatedAt, i.UpdatedAt, i.FinishedAt,
            InstanceStateSerializer.Serialize(i.State));

    private static async Task RenameAsync(SqliteTestDatabase db, string from, string to)
    {
        await using var connection = await db.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test table names only.
        command.CommandText = $"ALTER TABLE \"{from}\" RENAME TO \"{to}\"";
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
