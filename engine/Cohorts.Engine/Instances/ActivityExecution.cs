using System.Text.Json.Nodes;

namespace Cohorts.Engine.Instances;

/// <summary>One live execution of an activity inside an instance (an activity inside a loop has one per pass).</summary>
public sealed class ActivityExecution
{
    /// <summary>Gets or sets the execution's number, unique within its instance.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the id of the executing activity.</summary>
    public string ActivityId { get; set; } = string.Empty;

    /// <summary>Gets or sets the parent execution, or null for the root activity.</summary>
    public int? ParentId { get; set; }

    /// <summary>Gets or sets when the execution started.</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Gets or sets the activity's own state (loop counters, the number of completed branches...).</summary>
    public JsonObject State { get; set; } = [];
}
