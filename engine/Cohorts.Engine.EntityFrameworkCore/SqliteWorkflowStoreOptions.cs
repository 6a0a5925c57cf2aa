namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>Where and how the SQLite stores keep their data.</summary>
public sealed class SqliteWorkflowStoreOptions
{
    /// <summary>The configuration section a host conventionally binds these options from.</summary>
    public const string SectionName = "Cohorts:Sqlite";

    /// <summary>Gets or sets the path of the database file (created, with its folder, by the migration).</summary>
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary>Gets or sets the durability of a commit (`PRAGMA synchronous`), <see cref="SqliteSynchronousMode.Full"/> by default.</summary>
    public SqliteSynchronousMode Synchronous { get; set; } = SqliteSynchronousMode.Full;

    /// <summary>
    /// Gets or sets how long a connection waits for another process's write lock before it fails with SQLITE_BUSY
    /// (`PRAGMA busy_timeout`); 5 seconds by default. Writers within one process queue on a lock instead.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
