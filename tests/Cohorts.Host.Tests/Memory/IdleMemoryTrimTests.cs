using Cohorts.Host.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests.Memory;

/// <summary>
/// The trim of a quiet host's unused memory, on a fake clock and a fake process: it waits for a quiet spell, trims once
/// what a busy one left, and leaves a busy host and a lean one alone.
/// </summary>
public sealed class IdleMemoryTrimTests
{
    private const long Megabyte = 1024 * 1024;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeProcessMemory _memory = new();
    private readonly CountingCache _cache = new();

    [Fact]
    public async Task BusySpellThenQuiet_TrimsOnceWhenQuietAndNotAgainWhileNothingGrows()
    {
        await using var trim = await StartAsync(new MemoryOptions { TrimWhenIdleFor = Idle, TrimAboveMegabytes = 16 });

        _memory.Allocate(500 * Megabyte, unusedAfter: 90 * Megabyte);
        await TickAsync(trim, 1);
        Assert.Equal(0, trim.Service.Trims); // allocating 500 MB in the last 30 s: busy

        await TickAsync(trim, 2);
        Assert.Equal(1, trim.Service.Trims); // a quiet 30 s, 90 MB unused: given back
        Assert.Equal(1, _memory.TrimCalls);
        Assert.Equal(1, _cache.Releases); // the caches' stale entries first

        _memory.Allocate(100 * 1024, unusedAfter: 0);
        await TickAsync(trim, 3);
        await TickAsync(trim, 4);
        Assert.Equal(1, trim.Service.Trims); // quiet, but nothing to give back
    }

    [Fact]
    public async Task AlwaysBusy_NeverTrims()
    {
        await using var trim = await StartAsync(new MemoryOptions { TrimWhenIdleFor = Idle, TrimAboveMegabytes = 16 });

        for (var check = 1; check <= 4; check++)
        {
            _memory.Allocate(2 * Megabyte, unusedAfter: 200 * Megabyte);
            await TickAsync(trim, check);
        }

        Assert.Equal(0, trim.Service.Trims);
        Assert.Equal(0, _memory.TrimCalls);
        Assert.Equal(0, _cache.Releases);
    }

    [Fact]
    public async Task QuietWithLessGrowthSinceTheLastTrimThanTheThreshold_DoesNotTrim()
    {
        await using var trim = await StartAsync(new MemoryOptions { TrimWhenIdleFor = Idle, TrimAboveMegabytes = 64 });

        await TickAsync(trim, 1);
        Assert.Equal(1, trim.Service.Trims); // the host's start is a busy spell: its first quiet 30 s trim (80 MB held)

        _memory.Allocate(0, unusedAfter: 63 * Megabyte);
        await TickAsync(trim, 2);
        Assert.Equal(1, trim.Service.Trims); // 63 MB more than after that trim

        _memory.Allocate(0, unusedAfter: 64 * Megabyte);
        await TickAsync(trim, 3);
        Assert.Equal(2, trim.Service.Trims);
    }

    [Fact]
    public async Task TrimWhenIdleForZero_NeverLooks()
    {
        await using var trim = await StartAsync(new MemoryOptions { TrimWhenIdleFor = TimeSpan.Zero });
        _memory.Allocate(0, unusedAfter: 500 * Megabyte);

        _clock.Advance(TimeSpan.FromDays(1));
        await trim.Service.ExecuteTask!;

        Assert.Equal(0, trim.Service.Checks);
        Assert.Equal(0, _memory.TrimCalls);
    }

    [Fact]
    public void RuntimeMemory_Trim_RunsAFullCompactingCollection()
    {
        var before = GC.GetGCMemoryInfo(GCKind.FullBlocking).Index;

        new RuntimeMemory().Trim();

        var after = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        Assert.True(after.Index > before, "no full blocking collection ran");
        Assert.Equal(GC.MaxGeneration, after.Generation);
        Assert.True(after.Compacted, "the collection did not compact");
    }

    [Theory]
    [InlineData("00:00:00", 16, null)]
    [InlineData("00:00:01", 1, null)]
    [InlineData("1.00:00:00", 65536, null)]
    [InlineData("00:00:00.500", 16, "Cohorts:Memory:TrimWhenIdleFor must be 00:00:00 (never) or between 00:00:01 and 1.00:00:00, not 00:00:00.5000000.")]
    [InlineData("-00:00:05", 16, "Cohorts:Memory:TrimWhenIdleFor must be 00:00:00 (never) or between 00:00:01 and 1.00:00:00, not -00:00:05.")]
    [InlineData("1.00:00:01", 16, "Cohorts:Memory:TrimWhenIdleFor must be 00:00:00 (never) or between 00:00:01 and 1.00:00:00, not 1.00:00:01.")]
    [InlineData("00:00:30", 0, "Cohorts:Memory:TrimAboveMegabytes must be between 1 and 65536, not 0.")]
    [InlineData("00:00:30", 65537, "Cohorts:Memory:TrimAboveMegabytes must be between 1 and 65536, not 65537.")]
    [InlineData("00:00:30", 16, null, 0)]
    [InlineData("00:00:30", 16, null, 64)]
    [InlineData("00:00:30", 16, "Cohorts:Memory:MallocArenas must be 0 (the C library's own rule) or between 1 and 64, not -1.", -1)]
    [InlineData("00:00:30", 16, "Cohorts:Memory:MallocArenas must be 0 (the C library's own rule) or between 1 and 64, not 65.", 65)]
    public void Validate_NamesEachBadSettingByItsKey(string idle, int megabytes, string? failure, int arenas = 2)
    {
        var options = new MemoryOptions { TrimWhenIdleFor = TimeSpan.Parse(idle, System.Globalization.CultureInfo.InvariantCulture), TrimAboveMegabytes = megabytes, MallocArenas = arenas };

        var result = new MemoryOptionsValidator().Validate(null, options);

        if (failure is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
        }
        else
        {
            Assert.Equal(failure, Assert.Single(result.Failures!));
        }
    }

    private async Task<RunningTrim> StartAsync(MemoryOptions options)
    {
        var service = new IdleMemoryTrim(_memory, [_cache], Options.Create(options), _clock, NullLogger<IdleMemoryTrim>.Instance);
        await service.StartAsync(CancellationToken.None);
        if (options.TrimWhenIdleFor != TimeSpan.Zero)
        {
            // ExecuteAsync runs on its own: the clock may only move once its timer is set (then it reads the allocations).
            await Eventually.TrueAsync(_ => Task.FromResult(_memory.Reads > 0), TimeSpan.FromSeconds(10));
        }

        return new RunningTrim(service);
    }

    /// <summary>Moves the clock one period on and waits until the service has looked <paramref name="checks"/> times.</summary>
    private async Task TickAsync(RunningTrim trim, int checks)
    {
        _clock.Advance(Idle);
        await Eventually.TrueAsync(_ => Task.FromResult(trim.Service.Checks >= checks), TimeSpan.FromSeconds(10));
    }

    private sealed class CountingCache : IReleasableMemory
    {
        public int Releases { get; private set; }

        public void Release() => Releases++;
    }

    private sealed class RunningTrim(IdleMemoryTrim service) : IAsyncDisposable
    {
        public IdleMemoryTrim Service { get; } = service;

        public async ValueTask DisposeAsync()
        {
            await Service.StopAsync(CancellationToken.None);
            Service.Dispose();
        }
    }
}
