using Cohorts.Engine.Instances;
using static Cohorts.Engine.Tests.Persistence.PersistenceTestData;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>Steps that write more rows than one statement carries (a loop over many items) are written whole.</summary>
public sealed class SqliteLargeStepTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CommitAsync_ThousandsOfLogEntriesAndBookmarks_WritesAllInAppendOrder()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var id = Guid.NewGuid();
        var signals = Enumerable.Range(0, 1_200).Select(i => Signal(id, correlationKey: $"item-{i}")).ToList();
        var startLog = Enumerable.Range(0, 2_500).Select(i => Log(id, ExecutionEvent.ActivityStarted, $"start-{i}")).ToList();
        await db.InstanceStore.CommitAsync(Insert(Instance(id, bookmarks: signals), log: startLog), None);

        var (removed, kept) = (signals[..1_100], signals[1_100..]);
        var resumeLog = Enumerable.Range(0, 1_100).Select(i => Log(id, ExecutionEvent.ActivityResumed, $"resume-{i}")).ToList();
        await db.InstanceStore.CommitAsync(Update(Instance(id, version: 2, bookmarks: kept), 1, removed: removed, log: resumeLog), None);

        Assert.Equal([.. startLog, .. resumeLog], await db.InstanceStore.GetLogAsync(id, None));
        Assert.Empty(await db.InstanceStore.FindSignalBookmarksAsync("approved", "item-0", None));
        Assert.Empty(await db.InstanceStore.FindSignalBookmarksAsync("approved", "item-1099", None));
        Assert.Equal([kept[^1]], await db.InstanceStore.FindSignalBookmarksAsync("approved", "item-1199", None));
    }
}
