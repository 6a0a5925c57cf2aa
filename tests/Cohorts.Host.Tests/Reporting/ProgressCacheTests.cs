using Cohorts.Host.Memory;
using Cohorts.Host.Reporting;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Tests.Reporting;

/// <summary>
/// What the progress cache keeps, on a real SQLite file's data version: bases read at the current version are served
/// again; a commit makes them stale, and then keeping a newer one, or a quiet host's release, drops them.
/// </summary>
public sealed class ProgressCacheTests : IDisposable
{
    private readonly VersionedFile _file = new();
    private readonly ProgressCache _cache;
    private int _reads;

    public ProgressCacheTests() => _cache = new ProgressCache(_file.Version);

    [Fact]
    public async Task NoCommit_KeptBasesAreServedAndAReleaseKeepsThem()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await GetAsync(first);
        await GetAsync(second);

        ((IReleasableMemory)_cache).Release();
        await GetAsync(first);

        Assert.Equal(2, _cache.Count);
        Assert.Equal(2, _reads); // the third read was served from the cache
    }

    [Fact]
    public async Task CommitThenRelease_DropsEveryStaleBasis()
    {
        await GetAsync(Guid.NewGuid());
        await GetAsync(Guid.NewGuid());

        _file.Commit();
        ((IReleasableMemory)_cache).Release();

        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public async Task CommitThenAnotherCohortRead_KeepsOnlyTheNewBasis()
    {
        var first = Guid.NewGuid();
        await GetAsync(first);
        await GetAsync(Guid.NewGuid());

        _file.Commit();
        await GetAsync(Guid.NewGuid());
        await GetAsync(first);

        Assert.Equal(2, _cache.Count);
        Assert.Equal(4, _reads); // the first cohort's basis was read again after the commit
    }

    public void Dispose() => _file.Dispose();

    // The cache never looks inside a basis: an entry with empty lookups stands for one.
    private Task<ProgressBasisEntry> GetAsync(Guid cohortId) =>
        _cache.GetAsync(cohortId, () =>
        {
            _reads++;
            return Task.FromResult(new ProgressBasisEntry(null!, new Dictionary<Guid, Company>(), new Dictionary<Guid, Cohorts.Workflows.Domain.Coach>(), [], []));
        });
}
