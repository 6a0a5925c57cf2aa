using Cohorts.Engine.Persistence;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>
/// The in-memory store's timers, kept in due order as they are committed, and its question whether any signal of a
/// name waits: what a simulation asks at every clock step.
/// </summary>
public sealed class InMemoryStoreTimerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task FindDueTimersAsync_TimersAddedAndRemovedOutOfOrder_ReturnsThemByDueTimeThenId()
    {
        var store = new InMemoryWorkflowStore();
        var instance = Instance();
        var (low, high) = (new Guid("00000000-0000-0000-0000-000000000001"), new Guid("00000000-0000-0000-0000-000000000002"));
        var late = Timer(instance.Id, Now.AddHours(3));
        var tieHigh = Timer(instance.Id, Now.AddHours(1), high);
        var tieLow = Timer(instance.Id, Now.AddHours(1), low);
        var gone = Timer(instance.Id, Now.AddMinutes(5));
        await store.CommitAsync(Insert(instance) with { AddedBookmarks = [late, tieHigh, gone, tieLow, Signal(instance.Id)] }, None);
        await store.CommitAsync(Update(instance, expectedVersion: instance.Version, removed: [gone]), None);

        var due = await store.FindDueTimersAsync(Now.AddHours(2), limit: 10, None);

        Assert.Equal([tieLow.Id, tieHigh.Id], due.Select(b => b.Id));
        Assert.Equal(Now.AddHours(1), await store.FindNextTimerDueAtAsync(None));
        Assert.Equal([tieLow.Id], (await store.FindDueTimersAsync(Now.AddHours(5), limit: 1, None)).Select(b => b.Id));
    }

    [Fact]
    public async Task AnySignalWaits_SignalAddedThenRemoved_SaysWhetherOneOfThatNameWaits()
    {
        var store = new InMemoryWorkflowStore();
        var instance = Instance();
        var signal = Signal(instance.Id, name: "approved", correlationKey: "acme");
        await store.CommitAsync(Insert(instance) with { AddedBookmarks = [signal, Timer(instance.Id, Now.AddDays(1))] }, None);

        Assert.True(store.AnySignalWaits("approved"));
        Assert.False(store.AnySignalWaits("rejected"));
        Assert.False(store.AnySignalWaits(Cohorts.Engine.Bookmarks.Bookmark.TimerName));

        await store.CommitAsync(Update(instance, expectedVersion: instance.Version, removed: [signal]), None);

        Assert.False(store.AnySignalWaits("approved"));
    }
}
