namespace Cohorts.Host.Memory;

/// <summary>What the runtime's memory looks like, and trimming it: the runtime's own in the host, a fake in tests.</summary>
internal interface IProcessMemory
{
    /// <summary>Gets the bytes allocated by the process since it started.</summary>
    long AllocatedBytes { get; }

    /// <summary>Gets the bytes the garbage collector holds committed (at its last collection).</summary>
    long CommittedBytes { get; }

    /// <summary>Collects everything, compacting, and gives back to the system what the runtime and the C library's heap no longer use.</summary>
    void Trim();

    /// <summary>Limits the C library heap's arenas (<see cref="NativeHeap.LimitArenas"/>); false where it cannot.</summary>
    bool LimitNativeArenas(int arenas);
}

/// <summary>The runtime's garbage collector.</summary>
internal sealed class RuntimeMemory : IProcessMemory
{
    public long AllocatedBytes => GC.GetTotalAllocatedBytes();

    public long CommittedBytes => GC.GetGCMemoryInfo().TotalCommittedBytes;

    public void Trim()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeHeap.Trim();
    }

    public bool LimitNativeArenas(int arenas) => NativeHeap.LimitArenas(arenas);
}
