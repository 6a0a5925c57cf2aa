using Cohorts.Host.Reporting;

namespace Cohorts.Host.Tests.Reporting;

/// <summary>
/// Requests that miss the same value at the same data version (a real SQLite file's) while it is read share that read;
/// a read given up by its caller is not shared, and a failed one is neither shared afterwards nor kept.
/// </summary>
public sealed class VersionedCacheTests : IDisposable
{
    private readonly VersionedFile _file = new();
    private readonly VersionedCache<string, string> _cache;
    private int _reads;

    public VersionedCacheTests() => _cache = new VersionedCache<string, string>(_file.Version, 10);

    [Fact]
    public async Task ConcurrentMissesAtOneVersion_ShareOneRead()
    {
        var rows = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var asked = Enumerable.Range(0, 20).Select(_ => _cache.GetAsync("cohort", rows, ReadAsync)).ToList();

        rows.SetResult("rows");
        var values = await Task.WhenAll(asked);

        Assert.All(values, value => Assert.Equal("rows", value));
        Assert.Equal(1, _reads);
        Assert.Equal("rows", await _cache.GetAsync("cohort", rows, ReadAsync));
        Assert.Equal(1, _reads); // kept
    }

    [Fact]
    public async Task MissesAfterACommit_ReadAgainOnceForAll()
    {
        await _cache.GetAsync("cohort", Task.FromResult("before"), static read => read);
        _file.Commit();

        var rows = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var asked = Enumerable.Range(0, 5).Select(_ => _cache.GetAsync("cohort", rows, ReadAsync)).ToList();
        rows.SetResult("after");

        Assert.All(await Task.WhenAll(asked), value => Assert.Equal("after", value));
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task AReadItsCallerGaveUp_IsNotShared_EachWaiterReadsForItself()
    {
        var given = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var abandoned = _cache.GetAsync("cohort", given, ReadAsync);
        var waiting = Enumerable.Range(0, 3).Select(_ => _cache.GetAsync("cohort", Task.FromResult("own"), static read => read)).ToList();

        given.SetCanceled();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.All(await Task.WhenAll(waiting), value => Assert.Equal("own", value));
    }

    [Fact]
    public async Task AFailedRead_FailsItsWaitersAndIsNotKept()
    {
        var failing = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var asked = Enumerable.Range(0, 3).Select(_ => _cache.GetAsync("cohort", failing, ReadAsync)).ToList();

        failing.SetException(new InvalidOperationException("database locked"));

        foreach (var ask in asked)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => ask);
        }

        Assert.Equal(1, _reads);
        Assert.Equal("again", await _cache.GetAsync("cohort", Task.FromResult("again"), ReadAsync));
        Assert.Equal(2, _reads);
    }

    public void Dispose() => _file.Dispose();

    private Task<string> ReadAsync(Task<string> rows)
    {
        Interlocked.Increment(ref _reads);
        return rows;
    }

    private Task<string> ReadAsync(TaskCompletionSource<string> rows) => ReadAsync(rows.Task);
}
