using Microsoft.Extensions.Options;

namespace Cohorts.Host.Memory;

/// <summary>
/// Gives back the memory a busy spell left the host holding, once the host is quiet. The garbage collector commits
/// memory for a load's peak (fifty concurrent readers of the dashboards, a morning's timers) and keeps most of it
/// until later collections, which a quiet host hardly runs. Every <see cref="MemoryOptions.TrimWhenIdleFor"/>, when the
/// process allocated less than <see cref="QuietBytes"/> in that time (requests, timers and mail included) and the
/// collector holds at least <see cref="MemoryOptions.TrimAboveMegabytes"/> more than after the last trim (the host's
/// start counts as a busy spell: nothing held then), what the host keeps for speed and can do without is released
/// (<see cref="IReleasableMemory"/>) and one full compacting collection decommits what is unused: a pause of a few tens
/// of milliseconds when nobody is waiting.
/// </summary>
/// <remarks>
/// What the collector holds beyond its live objects cannot be told without a full collection: after a load, the heap
/// measured at the last (young) collection still counts the older generations' garbage, so a host holding 126 MB
/// committed for 32 MB of live objects looked as if it held 12 MB it did not use, and was never trimmed. The growth of
/// the committed memory since the last trim is what a busy spell left, whatever of it is garbage.
/// </remarks>
internal sealed class IdleMemoryTrim(
    IProcessMemory memory,
    IEnumerable<IReleasableMemory> releasable,
    IOptions<MemoryOptions> options,
    TimeProvider timeProvider,
    ILogger<IdleMemoryTrim> logger) : BackgroundService
{
    /// <summary>What a quiet host may allocate between two checks: health probes, the outbox's and the mail's polls.</summary>
    public const long QuietBytes = 1024 * 1024;

    private int _checks;
    private int _trims;

    /// <summary>Gets how many times the host looked whether to trim since it started.</summary>
    public int Checks => Volatile.Read(ref _checks);

    /// <summary>Gets how many times the memory was trimmed since the host started.</summary>
    public int Trims => Volatile.Read(ref _trims);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = options.Value.TrimWhenIdleFor;
        if (idle == TimeSpan.Zero)
        {
            return;
        }

        var threshold = options.Value.TrimAboveMegabytes * 1024L * 1024L;
        using var timer = new PeriodicTimer(idle, timeProvider);
        var allocated = memory.AllocatedBytes;
        var afterTrim = 0L;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = memory.AllocatedBytes;
            var quiet = now - allocated < QuietBytes;
            allocated = now;
            var committed = memory.CommittedBytes;
            afterTrim = Math.Min(afterTrim, committed);
            if (quiet && committed - afterTrim >= threshold)
            {
                afterTrim = Trim();
                allocated = memory.AllocatedBytes;
            }

            Interlocked.Increment(ref _checks);
        }
    }

    /// <summary>Trims, and returns what the collector holds committed after it.</summary>
    private long Trim()
    {
        var before = memory.CommittedBytes;
        foreach (var kept in releasable)
        {
            kept.Release();
        }

        memory.Trim();
        Interlocked.Increment(ref _trims);
        var after = memory.CommittedBytes;
        MemoryLog.Trimmed(logger, before / (1024.0 * 1024.0), after / (1024.0 * 1024.0));
        return after;
    }
}
