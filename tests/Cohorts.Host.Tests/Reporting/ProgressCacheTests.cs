using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Host.Memory;
using Cohorts.Host.Reporting;
using Cohorts.Workflows.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Tests.Reporting;

/// <summary>
/// What the progress cache keeps, on a real SQLite file's data version: bases read at the current version are served
/// again; a commit makes them stale, and then keeping a newer one, or a quiet host's release, drops them.
/// </summary>
public sealed class ProgressCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cohorts-progress-cache-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteConnection _writer;
    private readonly DomainDataVersion _version;
    private readonly ProgressCache _cache;
    private int _reads;

    public ProgressCacheTests()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "c.db");
        _writer = new SqliteConnection($"Data Source={path};Pooling=False");
        _writer.Open();
        Commit("PRAGMA journal_mode=WAL; CREATE TABLE t (x INTEGER);");
        _version = new DomainDataVersion(Options.Create(new SqliteWorkflowStoreOptions { DatabasePath = path }));
        _cache = new ProgressCache(_version);
    }

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

        Commit("INSERT INTO t VALUES (1);");
        ((IReleasableMemory)_cache).Release();

        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public async Task CommitThenAnotherCohortRead_KeepsOnlyTheNewBasis()
    {
        var first = Guid.NewGuid();
        await GetAsync(first);
        await GetAsync(Guid.NewGuid());

        Commit("INSERT INTO t VALUES (1);");
        await GetAsync(Guid.NewGuid());
        await GetAsync(first);

        Assert.Equal(2, _cache.Count);
        Assert.Equal(4, _reads); // the first cohort's basis was read again after the commit
    }

    public void Dispose()
    {
        _version.Dispose();
        _writer.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    // The cache never looks inside a basis: an entry with empty lookups stands for one.
    private Task<ProgressBasisEntry> GetAsync(Guid cohortId) =>
        _cache.GetAsync(cohortId, () =>
        {
            _reads++;
            return Task.FromResult(new ProgressBasisEntry(null!, new Dictionary<Guid, Company>(), new Dictionary<Guid, Cohorts.Workflows.Domain.Coach>(), [], []));
        });

    private void Commit(string sql)
    {
        using var command = _writer.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
