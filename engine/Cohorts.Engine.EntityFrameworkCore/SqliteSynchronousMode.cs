namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>SQLite's `PRAGMA synchronous` settings that make sense with the write-ahead log.</summary>
public enum SqliteSynchronousMode
{
    /// <summary>
    /// Every commit syncs the write-ahead log to disk before it returns: a committed step survives a power cut. The default.
    /// </summary>
    Full,

    /// <summary>
    /// The log is synced only at checkpoints: faster commits, and the database stays consistent, but the last committed
    /// steps can be lost on a power cut (not on a process crash). Only where losing a step is acceptable.
    /// </summary>
    Normal,
}
