using Cohorts.Host.Memory;

namespace Cohorts.Host.Tests.Memory;

/// <summary>A process whose allocations and unused committed memory the test sets; a trim gives the unused memory back.</summary>
internal sealed class FakeProcessMemory : IProcessMemory
{
    private const long LiveBytes = 80L * 1024 * 1024;
    private long _allocated;
    private long _unused;
    private int _reads;

    public long AllocatedBytes
    {
        get
        {
            Interlocked.Increment(ref _reads);
            return Interlocked.Read(ref _allocated);
        }
    }

    /// <summary>Gets how many times the allocations were read (the first, once the service's timer is set).</summary>
    public int Reads => Volatile.Read(ref _reads);

    public long CommittedBytes => LiveBytes + Interlocked.Read(ref _unused);

    public int TrimCalls { get; private set; }

    /// <summary>Allocates, leaving the collector holding <paramref name="unusedAfter"/> bytes it no longer uses.</summary>
    public void Allocate(long bytes, long unusedAfter)
    {
        Interlocked.Add(ref _allocated, bytes);
        Interlocked.Exchange(ref _unused, unusedAfter);
    }

    /// <summary>Gets the arena limits asked for, in order (each taken).</summary>
    public List<int> ArenaLimits { get; } = [];

    public bool LimitNativeArenas(int arenas)
    {
        ArenaLimits.Add(arenas);
        return true;
    }

    public void Trim()
    {
        TrimCalls++;
        Interlocked.Exchange(ref _unused, 0);
    }
}
