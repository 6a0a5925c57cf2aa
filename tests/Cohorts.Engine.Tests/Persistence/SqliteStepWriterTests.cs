using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>
/// The store's one long-lived writer (an open connection whose statements stay prepared): steps of every shape, one
/// after another, write exactly their own rows, and a failed step leaves the next one unharmed.
/// </summary>
public sealed class SqliteStepWriterTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CommitAsync_ManyStepsOfChangingShapes_WritesEachStepsOwnRows()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var ids = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToList();
        var expectedLogs = ids.ToDictionary(id => id, _ => new List<ExecutionLogEntry>());
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var log = Enumerable.Range(0, i + 1).Select(n => Log(id, ExecutionEvent.ActivityStarted, $"start-{n}")).ToList();
            await db.InstanceStore.CommitAsync(Insert(Instance(id, correlationId: $"c-{i}", bookmarks: [Signal(id, correlationKey: $"c-{i}")]), log), None);
            expectedLogs[id].AddRange(log);
        }

        for (var round = 2; round <= 4; round++)
        {
            foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            {
                var current = await db.InstanceStore.FindAsync(id, None);
                var removed = current!.State.Bookmarks;
                var added = Enumerable.Range(0, (round + i) % 3).Select(n => Signal(id, correlationKey: $"c-{i}-{round}-{n}")).ToList();
                var log = Enumerable.Range(0, (round * i) % 7).Select(n => Log(id, ExecutionEvent.ActivityResumed, $"r{round}-{n}")).ToList();
                var next = Instance(id, correlationId: $"c-{i}", version: round, bookmarks: added);
                await db.InstanceStore.CommitAsync(Update(next, round - 1, added: added, removed: removed, log: log), None);
                expectedLogs[id].AddRange(log);
            }
        }

        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var stored = await db.InstanceStore.FindAsync(id, None);
            Assert.Equal(4, stored!.Version);
            Assert.Equal(expectedLogs[id], await db.InstanceStore.GetLogAsync(id, None));
            Assert.Empty(await db.InstanceStore.FindSignalBookmarksAsync("approved", $"c-{i}", None));
            var waiting = await Task.WhenAll(stored.State.Bookmarks.Select(b => db.InstanceStore.FindSignalBookmarksAsync("approved", b.CorrelationKey!, None).AsTask()));
            Assert.Equal(stored.State.Bookmarks, waiting.SelectMany(b => b));
        }
    }

    [Fact]
    public async Task CommitAsync_AfterAStepFailedOnAStatement_WritesNothingOfItAndTheNextStepCommits()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var id = Guid.NewGuid();
        await db.InstanceStore.CommitAsync(Insert(Instance(id), [Log(id, ExecutionEvent.WorkflowStarted)]), None);

        // A bookmark row for an instance that does not exist breaks the foreign key: not a conflict, a failure.
        var stranger = Signal(Guid.NewGuid(), correlationKey: "stranger");
        var failing = Update(Instance(id, version: 2), 1, added: [stranger], log: [Log(id, ExecutionEvent.ActivityResumed, "lost")]);
        await Assert.ThrowsAsync<DbUpdateException>(async () => await db.InstanceStore.CommitAsync(failing, None));

        await db.InstanceStore.CommitAsync(Update(Instance(id, version: 2), 1, log: [Log(id, ExecutionEvent.ActivityResumed, "kept")]), None);

        Assert.Equal(2, (await db.InstanceStore.FindAsync(id, None))!.Version);
        Assert.Equal([Log(id, ExecutionEvent.WorkflowStarted), Log(id, ExecutionEvent.ActivityResumed, "kept")], await db.InstanceStore.GetLogAsync(id, None));
        Assert.Empty(await db.InstanceStore.FindSignalBookmarksAsync("approved", "stranger", None));
    }

    [Fact]
    public async Task CommitAsync_AfterAConflict_TheSameWriterCommitsTheNextStep()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var id = Guid.NewGuid();
        await db.InstanceStore.CommitAsync(Insert(Instance(id)), None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await db.InstanceStore.CommitAsync(Insert(Instance(id)), None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await db.InstanceStore.CommitAsync(Update(Instance(id, version: 3), 2), None));
        await db.InstanceStore.CommitAsync(Update(Instance(id, version: 2), 1, log: [Log(id, ExecutionEvent.ActivityResumed)]), None);

        Assert.Equal(2, (await db.InstanceStore.FindAsync(id, None))!.Version);
        Assert.Equal([Log(id, ExecutionEvent.ActivityResumed)], await db.InstanceStore.GetLogAsync(id, None));
    }

    [Fact]
    public async Task CommitAsync_TwoProvidersOnOneFile_EachSeesTheOthersCommits()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await using var other = db.CreateServices();
        var otherStore = other.GetRequiredService<Cohorts.Engine.Persistence.IWorkflowInstanceStore>();
        var id = Guid.NewGuid();

        await db.InstanceStore.CommitAsync(Insert(Instance(id)), None);
        await otherStore.CommitAsync(Update(Instance(id, version: 2), 1), None);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await db.InstanceStore.CommitAsync(Update(Instance(id, version: 2), 1), None));
        await db.InstanceStore.CommitAsync(Update(Instance(id, version: 3), 2), None);

        Assert.Equal(3, (await otherStore.FindAsync(id, None))!.Version);
    }

    [Fact]
    public async Task CommitAsync_AfterTheServicesAreDisposed_Throws()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var services = db.CreateServices();
        var store = services.GetRequiredService<Cohorts.Engine.Persistence.IWorkflowInstanceStore>();
        await store.CommitAsync(Insert(Instance()), None);

        services.Dispose(); // synchronously, as some hosts do

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.CommitAsync(Insert(Instance()), None));
    }
}
