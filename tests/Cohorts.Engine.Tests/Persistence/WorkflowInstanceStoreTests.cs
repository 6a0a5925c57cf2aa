using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Cohorts.Tests.PostgreSql;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

public sealed class WorkflowInstanceStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task CommitAsync_NewInstance_RoundTripsInstanceStateBookmarksLogAndIncidents(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();
        var signal = Signal(id);
        var instance = Instance(id, bookmarks: [signal]);
        instance.UpdatedAt = Now.AddMinutes(1);
        var incident = Incident(id);

        await db.InstanceStore.CommitAsync(
            Insert(instance, log: [Log(id, ExecutionEvent.WorkflowStarted), Log(id, ExecutionEvent.ActivitySuspended, "approved")], incidents: [incident]),
            None);

        var found = await db.InstanceStore.FindAsync(id, None);
        Assert.NotNull(found);
        Assert.Equal(("onboarding", 1, "acme", WorkflowStatus.Suspended, 1L), (found.DefinitionId, found.DefinitionVersion, found.CorrelationId, found.Status, found.Version));
        Assert.Equal((Now, Now.AddMinutes(1), (DateTimeOffset?)null), (found.CreatedAt, found.UpdatedAt, found.FinishedAt));
        Assert.Equal(InstanceStateSerializer.Serialize(instance.State), InstanceStateSerializer.Serialize(found.State));
        Assert.Equal([signal], await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme", None));
        Assert.Equal([Log(id, ExecutionEvent.WorkflowStarted), Log(id, ExecutionEvent.ActivitySuspended, "approved")], await db.InstanceStore.GetLogAsync(id, None));
        Assert.Equal([incident], await db.InstanceStore.GetIncidentsAsync(id, None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task FindExistingAsync_SomeIdsStoredSomeNot_ReturnsTheStoredOnesInOneAnswer(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var stored = Enumerable.Range(0, 700).Select(_ => Guid.NewGuid()).ToList();
        foreach (var id in stored)
        {
            await db.InstanceStore.CommitAsync(Insert(Instance(id)), None);
        }

        var missing = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToList();
        var asked = stored.Concat(missing).Concat(stored.Take(5)).OrderBy(id => id.GetHashCode()).ToList();

        var existing = await db.InstanceStore.FindExistingAsync(asked, None);

        Assert.Equal(stored.Order(), existing.Order());
        Assert.Empty(await db.InstanceStore.FindExistingAsync([], None));
        Assert.Empty(await db.InstanceStore.FindExistingAsync(missing, None));
    }

    [Fact]
    public async Task FindExistingAsync_InMemory_ReturnsTheStoredOnes()
    {
        var store = new InMemoryWorkflowStore();
        var id = Guid.NewGuid();
        await store.CommitAsync(Insert(Instance(id)), None);

        Assert.Equal([id], await store.FindExistingAsync([id, Guid.NewGuid(), id], None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task CommitAsync_Update_WritesNewStateSwapsBookmarksAppendsLogAndResolvesIncident(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();
        var signal = Signal(id);
        var incident = Incident(id);
        await db.InstanceStore.CommitAsync(Insert(Instance(id, bookmarks: [signal]), log: [Log(id, ExecutionEvent.WorkflowStarted)], incidents: [incident]), None);

        var timer = Timer(id, Now.AddDays(7));
        var updated = Instance(id, version: 2, status: WorkflowStatus.Suspended, bookmarks: [timer]);
        updated.State.Variables["step"] = 2;
        updated.UpdatedAt = Now.AddHours(1);
        var resolved = incident with { ResolvedAt = Now.AddHours(1) };
        var added = Incident(id) with { At = Now.AddMinutes(59) };
        await db.InstanceStore.CommitAsync(
            Update(updated, 1, added: [timer], removed: [signal], log: [Log(id, ExecutionEvent.ActivityResumed, at: Now.AddHours(1))], incidents: [resolved, added]),
            None);

        var found = await db.InstanceStore.FindAsync(id, None);
        Assert.NotNull(found);
        Assert.Equal((2L, Now.AddHours(1)), (found.Version, found.UpdatedAt));
        Assert.Equal(2, (int)found.State.Variables["step"]!);
        Assert.Equal([timer], found.State.Bookmarks);
        Assert.Empty(await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme", None));
        Assert.Equal([timer], await db.InstanceStore.FindDueTimersAsync(Now.AddYears(1), 10, None));
        Assert.Equal(
            [ExecutionEvent.WorkflowStarted, ExecutionEvent.ActivityResumed],
            (await db.InstanceStore.GetLogAsync(id, None)).Select(e => e.Event));
        Assert.Equal([resolved, added], await db.InstanceStore.GetIncidentsAsync(id, None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task CommitAsync_Finish_StoresStatusAndFinishedAt(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();
        var signal = Signal(id);
        await db.InstanceStore.CommitAsync(Insert(Instance(id, bookmarks: [signal])), None);

        var completed = Instance(id, version: 2, status: WorkflowStatus.Completed);
        completed.FinishedAt = Now.AddDays(2);
        completed.UpdatedAt = Now.AddDays(2);
        await db.InstanceStore.CommitAsync(Update(completed, 1, removed: [signal], log: [Log(id, ExecutionEvent.WorkflowCompleted)]), None);

        var found = await db.InstanceStore.FindAsync(id, None);
        Assert.NotNull(found);
        Assert.Equal((WorkflowStatus.Completed, Now.AddDays(2)), (found.Status, found.FinishedAt));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task CommitAsync_StaleExpectedVersion_ThrowsConflictAndWritesNothing(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();
        var signal = Signal(id);
        await db.InstanceStore.CommitAsync(Insert(Instance(id, bookmarks: [signal]), log: [Log(id, ExecutionEvent.WorkflowStarted)]), None);
        var winner = Instance(id, version: 2);
        await db.InstanceStore.CommitAsync(Update(winner, 1, log: [Log(id, ExecutionEvent.ActivityResumed)]), None);

        var stale = Instance(id, version: 2, status: WorkflowStatus.Faulted, bookmarks: [Timer(id, Now)]);
        var staleCommit = Update(
            stale,
            1,
            added: [Timer(id, Now)],
            removed: [signal],
            log: [Log(id, ExecutionEvent.WorkflowFaulted)],
            incidents: [Incident(id)]);
        var exception = await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await db.InstanceStore.CommitAsync(staleCommit, None));

        Assert.Contains("version 1", exception.Message, StringComparison.Ordinal);
        var found = await db.InstanceStore.FindAsync(id, None);
        Assert.Equal((WorkflowStatus.Suspended, 2L), (found!.Status, found.Version));
        Assert.Equal([signal], await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme", None));
        Assert.Empty(await db.InstanceStore.FindDueTimersAsync(Now.AddYears(1), 10, None));
        Assert.Equal(
            [ExecutionEvent.WorkflowStarted, ExecutionEvent.ActivityResumed],
            (await db.InstanceStore.GetLogAsync(id, None)).Select(e => e.Event));
        Assert.Empty(await db.InstanceStore.GetIncidentsAsync(id, None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task CommitAsync_ExistingInstanceIdAsNew_ThrowsConflictAndWritesNothing(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();
        await db.InstanceStore.CommitAsync(Insert(Instance(id, correlationId: "first"), log: [Log(id, ExecutionEvent.WorkflowStarted)]), None);

        var again = Insert(Instance(id, correlationId: "second", bookmarks: [Signal(id)]), log: [Log(id, ExecutionEvent.WorkflowStarted)]);
        var exception = await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await db.InstanceStore.CommitAsync(again, None));

        Assert.Contains("already exists", exception.Message, StringComparison.Ordinal);
        Assert.Equal("first", (await db.InstanceStore.FindAsync(id, None))!.CorrelationId);
        Assert.Empty(await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme", None));
        Assert.Single(await db.InstanceStore.GetLogAsync(id, None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task CommitAsync_UpdateOfUnknownInstance_ThrowsConflict(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () =>
            await db.InstanceStore.CommitAsync(Update(Instance(id, version: 2), 1), None));

        Assert.Null(await db.InstanceStore.FindAsync(id, None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task CommitAsync_RemovedBookmarkRowAbsentOrOfAnotherInstance_LeavesOtherRowsAndCommits(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();
        var otherId = Guid.NewGuid();
        var othersSignal = Signal(otherId);
        await db.InstanceStore.CommitAsync(Insert(Instance(id)), None);
        await db.InstanceStore.CommitAsync(Insert(Instance(otherId, bookmarks: [othersSignal])), None);

        await db.InstanceStore.CommitAsync(
            Update(Instance(id, version: 2), 1, removed: [Signal(id, id: Guid.NewGuid()), othersSignal], log: [Log(id, ExecutionEvent.ActivityResumed)]),
            None);

        Assert.Equal(2L, (await db.InstanceStore.FindAsync(id, None))!.Version);
        Assert.Single(await db.InstanceStore.GetLogAsync(id, None));
        Assert.Equal([othersSignal], await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme", None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task CommitAsync_BookmarkRemovedAndAddedAgain_KeepsTheNewRow(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();
        var signal = Signal(id);
        await db.InstanceStore.CommitAsync(Insert(Instance(id, bookmarks: [signal])), None);

        var recreated = signal with { ExecutionId = 7 };
        await db.InstanceStore.CommitAsync(Update(Instance(id, version: 2, bookmarks: [recreated]), 1, added: [recreated], removed: [signal]), None);

        Assert.Equal([recreated], await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme", None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task CommitAsync_ConcurrentStepsFromTheSameVersion_ExactlyOneWins(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();
        await db.InstanceStore.CommitAsync(Insert(Instance(id)), None);

        var attempts = Enumerable.Range(0, 8).Select(async n =>
        {
            try
            {
                await db.InstanceStore.CommitAsync(Update(Instance(id, version: 2), 1, log: [Log(id, ExecutionEvent.ActivityResumed, $"attempt {n}")]), None);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        });
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, won => won);
        Assert.Single(await db.InstanceStore.GetLogAsync(id, None));
        Assert.Equal(2L, (await db.InstanceStore.FindAsync(id, None))!.Version);
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task CommitAsync_ManyConcurrentWriters_AllCommitWithoutBusyErrors(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var ids = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            await db.InstanceStore.CommitAsync(Insert(Instance(id, bookmarks: [Timer(id, Now)]), log: [Log(id, ExecutionEvent.WorkflowStarted)]), None);
            await db.InstanceStore.CommitAsync(Update(Instance(id, version: 2), 1, log: [Log(id, ExecutionEvent.ActivityResumed)]), None);
        })));

        foreach (var id in ids)
        {
            Assert.Equal(2L, (await db.InstanceStore.FindAsync(id, None))!.Version);
            Assert.Equal(2, (await db.InstanceStore.GetLogAsync(id, None)).Count);
        }
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task FindAsync_UnknownId_ReturnsNull(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);

        Assert.Null(await db.InstanceStore.FindAsync(Guid.NewGuid(), None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task FindSignalBookmarksAsync_NameAndKey_ReturnsOnlyThoseSignalsOldestFirst(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var later = Signal(first, createdAt: Now.AddMinutes(5));
        var earlier = Signal(second, createdAt: Now);
        await db.InstanceStore.CommitAsync(Insert(Instance(first, bookmarks: [later, Signal(first, name: "rejected"), Timer(first, Now)])), None);
        await db.InstanceStore.CommitAsync(Insert(Instance(second, bookmarks: [earlier, Signal(second, correlationKey: "globex")])), None);

        Assert.Equal([earlier, later], await db.InstanceStore.FindSignalBookmarksAsync("approved", "acme", None));
        Assert.Empty(await db.InstanceStore.FindSignalBookmarksAsync("approved", "initech", None));
        Assert.Empty(await db.InstanceStore.FindSignalBookmarksAsync(Bookmark.TimerName, "acme", None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task FindDueTimersAsync_DueBy_ReturnsDueTimersEarliestFirstUpToTheLimit(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();
        var tieA = Timer(id, Now.AddHours(-1), new Guid("10000000-0000-0000-0000-000000000000"));
        var tieB = Timer(id, Now.AddHours(-1), new Guid("20000000-0000-0000-0000-000000000000"));
        var earliest = Timer(id, Now.AddDays(-3));
        var exactlyDue = Timer(id, Now);
        var notYet = Timer(id, Now.AddTicks(1));
        await db.InstanceStore.CommitAsync(Insert(Instance(id, bookmarks: [notYet, tieB, exactlyDue, Signal(id), tieA, earliest])), None);

        Assert.Equal([earliest, tieA, tieB, exactlyDue], await db.InstanceStore.FindDueTimersAsync(Now, 10, None));
        Assert.Equal([earliest, tieA], await db.InstanceStore.FindDueTimersAsync(Now, 2, None));
        Assert.Empty(await db.InstanceStore.FindDueTimersAsync(Now.AddDays(-4), 10, None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task FindDueTimersAsync_InstantsWithOffsets_ComparesInstantsNotLocalClockTimes(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();

        // 10:30 at +02:00 is 08:30 UTC: due at 09:00 UTC although its local clock reads later.
        var paris = Timer(id, new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.FromHours(2)));

        // 04:45 at -05:00 is 09:45 UTC: not due yet although its local clock reads earlier.
        var newYork = Timer(id, new DateTimeOffset(2026, 3, 2, 4, 45, 0, TimeSpan.FromHours(-5)));
        await db.InstanceStore.CommitAsync(Insert(Instance(id, bookmarks: [newYork, paris])), None);

        var due = await db.InstanceStore.FindDueTimersAsync(Now, 10, None);

        Assert.Equal([paris.Id], due.Select(b => b.Id));
        Assert.Equal(paris.DueAt, due[0].DueAt);
        Assert.Equal(paris.DueAt, await db.InstanceStore.FindNextTimerDueAtAsync(None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task FindNextTimerDueAtAsync_Timers_ReturnsTheEarliestDueInstant(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();
        await db.InstanceStore.CommitAsync(Insert(Instance(id, bookmarks: [Timer(id, Now.AddDays(2)), Signal(id), Timer(id, Now.AddDays(1))])), None);

        Assert.Equal(Now.AddDays(1), await db.InstanceStore.FindNextTimerDueAtAsync(None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task FindNextTimerDueAtAsync_NoTimers_ReturnsNull(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();
        await db.InstanceStore.CommitAsync(Insert(Instance(id, bookmarks: [Signal(id)])), None);

        Assert.Null(await db.InstanceStore.FindNextTimerDueAtAsync(None));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task GetLogAsync_SeveralSteps_ReturnsEntriesInAppendOrder(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var id = Guid.NewGuid();
        await db.InstanceStore.CommitAsync(Insert(Instance(id), log: [Log(id, ExecutionEvent.WorkflowStarted), Log(id, ExecutionEvent.ActivityStarted)]), None);
        await db.InstanceStore.CommitAsync(Update(Instance(id, version: 2), 1, log: [Log(id, ExecutionEvent.ActivityResumed), Log(id, ExecutionEvent.ActivityCompleted)]), None);
        var other = Guid.NewGuid();
        await db.InstanceStore.CommitAsync(Insert(Instance(other), log: [Log(other, ExecutionEvent.WorkflowStarted)]), None);

        Assert.Equal(
            [ExecutionEvent.WorkflowStarted, ExecutionEvent.ActivityStarted, ExecutionEvent.ActivityResumed, ExecutionEvent.ActivityCompleted],
            (await db.InstanceStore.GetLogAsync(id, None)).Select(e => e.Event));
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task ListAsync_Filters_ReturnsMatchingSummariesNewestFirst(StoreProvider provider)
    {
        await using var db = await StoreTestDatabase.CreateAsync(provider);
        var oldest = Instance(createdAt: Now.AddDays(-2), correlationId: "acme");
        var middle = Instance(createdAt: Now.AddDays(-1), correlationId: "globex", status: WorkflowStatus.Completed);
        var newest = Instance(createdAt: Now, correlationId: "acme");
        var other = Instance(definitionId: "offboarding", createdAt: Now.AddDays(1), correlationId: "acme");
        foreach (var instance in new[] { oldest, middle, newest, other })
        {
            await db.InstanceStore.CommitAsync(Insert(instance), None);
        }

        var onboarding = await db.InstanceStore.ListAsync(new InstanceQuery { DefinitionId = "onboarding" }, None);
        var acme = await db.InstanceStore.ListAsync(new InstanceQuery { CorrelationId = "acme", Status = WorkflowStatus.Suspended }, None);
        var latestTwo = await db.InstanceStore.ListAsync(new InstanceQuery { Take = 2 }, None);

        Assert.Equal([newest.Id, middle.Id, oldest.Id], onboarding.Select(s => s.Id));
        Assert.Equal([other.Id, newest.Id, oldest.Id], acme.Select(s => s.Id));
        Assert.Equal([other.Id, newest.Id], latestTwo.Select(s => s.Id));
        Assert.Equal(
            new InstanceSummary(middle.Id, "onboarding", 1, "globex", WorkflowStatus.Completed, Now.AddDays(-1), Now.AddDays(-1), null),
            onboarding[1]);
    }
}
