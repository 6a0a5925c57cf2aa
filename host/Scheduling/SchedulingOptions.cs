namespace Cohorts.Host.Scheduling;

/// <summary>Settings of the timer scheduler (section <c>Cohorts:Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Cohorts:Scheduling";

    /// <summary>
    /// Gets or sets the path of Quartz's own SQLite file (SQLite installations only: on PostgreSQL, Quartz's tables are
    /// in the installation's database). It holds only wake-ups, rebuilt from the engine's database by the
    /// reconciliation: deleting it loses nothing.
    /// </summary>
    public string DatabasePath { get; set; } = "data/scheduler.db";

    /// <summary>Gets or sets how many timers may resume their instances at once (1 to 64, default 2).</summary>
    public int ThreadCount { get; set; } = 2;

    /// <summary>Gets or sets how often the scheduler is checked against the engine's timers (default 5 minutes, at least 1 second, at most 49.7 days: .NET's timer limit).</summary>
    public TimeSpan ReconciliationInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how long Quartz waits before looking again when nothing is due (default 30 s, at least 1 s).</summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how often a host tells the others it is alive, on PostgreSQL where the hosts share one clustered
    /// scheduler (default 7.5 s, 1 s to 5 minutes). A host silent for about twice that is taken as gone, and the
    /// others fire what it had picked up.
    /// </summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);
}
