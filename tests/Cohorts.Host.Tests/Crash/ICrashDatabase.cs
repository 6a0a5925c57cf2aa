namespace Cohorts.Host.Tests.Crash;

/// <summary>
/// The installation's database as the crash tests read it, with plain queries and no product code: the SQLite file
/// (<see cref="CrashDatabase"/>) or a PostgreSQL database shared by several hosts.
/// </summary>
internal interface ICrashDatabase
{
    /// <summary>The sessions, for the clients to find the outcomes to record.</summary>
    Task<IReadOnlyList<SessionRow>> SessionsAsync();

    /// <summary>The milestones, for the clients to find the decisions to make.</summary>
    Task<IReadOnlyList<MilestoneRow>> MilestonesAsync();

    /// <summary>Everything the checks look at, read in one transaction.</summary>
    Task<DatabaseSnapshot> SnapshotAsync();

    /// <summary>The timers' trigger names in Quartz's tables, or null without them.</summary>
    Task<IReadOnlySet<string>?> TimerTriggersAsync();
}
