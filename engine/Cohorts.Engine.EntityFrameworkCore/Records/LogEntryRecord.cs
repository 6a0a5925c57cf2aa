using Cohorts.Engine.Instances;

namespace Cohorts.Engine.EntityFrameworkCore.Records;

/// <summary>A row of ExecutionLog; its rowid id, growing with every insert, keeps the order entries were appended in.</summary>
public sealed class LogEntryRecord
{
    /// <summary>Gets or sets the row id, assigned by the database.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the instance.</summary>
    public Guid InstanceId { get; set; }

    /// <summary>Gets or sets when it happened.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Gets or sets what happened.</summary>
    public ExecutionEvent Event { get; set; }

    /// <summary>Gets or sets the activity concerned.</summary>
    public string ActivityId { get; set; } = string.Empty;

    /// <summary>Gets or sets the activity's type name.</summary>
    public string ActivityType { get; set; } = string.Empty;

    /// <summary>Gets or sets the detail.</summary>
    public string? Detail { get; set; }

    internal static LogEntryRecord FromEntry(ExecutionLogEntry entry) => new()
    {
        InstanceId = entry.InstanceId,
        At = entry.At,
        Event = entry.Event,
        ActivityId = entry.ActivityId,
        ActivityType = entry.ActivityType,
        Detail = entry.Detail,
    };

    internal ExecutionLogEntry ToEntry() => new(InstanceId, At, Event, ActivityId, ActivityType, Detail);
}
