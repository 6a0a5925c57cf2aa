namespace Cohorts.Host.Memory;

/// <summary>Settings of the host's memory (section <c>Cohorts:Memory</c>).</summary>
public sealed class MemoryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Cohorts:Memory";

    /// <summary>The most arenas <see cref="MallocArenas"/> takes.</summary>
    public const int MaxMallocArenas = 64;

    /// <summary>The longest idle time that can be set (what <see cref="PeriodicTimer"/> accepts, in whole milliseconds).</summary>
    public static readonly TimeSpan MaxTrimWhenIdleFor = TimeSpan.FromDays(1);

    /// <summary>
    /// Gets or sets how long the host must have been quiet (less than <see cref="IdleMemoryTrim.QuietBytes"/> allocated:
    /// requests, timers and mail included) before it gives back to the system the memory a busy spell left it holding
    /// (a full, compacting collection that decommits what the runtime no longer uses); <see cref="TimeSpan.Zero"/> never
    /// does. The runtime keeps the memory it committed for a load's peak otherwise.
    /// </summary>
    public TimeSpan TrimWhenIdleFor { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how many megabytes more than after the last trim (or the host's start) the runtime must hold
    /// committed for a trim to be worth its pause (a few tens of milliseconds, on an idle host).
    /// </summary>
    public int TrimAboveMegabytes { get; set; } = 16;

    /// <summary>
    /// Gets or sets how many arenas the C library's <c>malloc</c> may spread the host's threads over, on Linux with
    /// glibc (SQLite's page caches and the runtime's native allocations live there; the managed heap does not): 2 by
    /// default; 0 leaves glibc's own rule of eight arenas a core. Applied as the host's process starts, before the web host
    /// is built (<see cref="NativeArenaStart"/>): about 7 MB less resident at rest after a load (docs/PERFORMANCE.md).
    /// </summary>
    public int MallocArenas { get; set; } = 2;
}
