namespace Cohorts.Host.Memory;

/// <summary>Settings of the host's memory (section <c>Cohorts:Memory</c>).</summary>
public sealed class MemoryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Cohorts:Memory";

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
}
