using System.Text.Json.Nodes;
using Cohorts.Engine.Bookmarks;

namespace Cohorts.Engine.Instances;

/// <summary>
/// Everything an instance needs to resume, persisted as one JSON document (format described in docs/instance-format.md).
/// The bookmarks are also stored as rows for indexed lookup; both are written in the same transaction.
/// </summary>
public sealed class InstanceState
{
    /// <summary>The current format version of the persisted state.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Gets or sets the format version this state was written with.</summary>
    public int FormatVersion { get; set; } = CurrentFormatVersion;

    /// <summary>Gets or sets the instance's variables.</summary>
    public JsonObject Variables { get; set; } = [];

    /// <summary>Gets or sets the input the instance was started with.</summary>
    public JsonNode? Input { get; set; }

    /// <summary>Gets or sets the output set when the instance finished.</summary>
    public JsonNode? Output { get; set; }

    /// <summary>Gets or sets the number given to the next activity execution.</summary>
    public int NextExecutionId { get; set; } = 1;

    /// <summary>Gets or sets the live activity executions.</summary>
    public List<ActivityExecution> Executions { get; set; } = [];

    /// <summary>Gets or sets the bookmarks the instance waits on.</summary>
    public List<Bookmark> Bookmarks { get; set; } = [];

    /// <summary>Gets or sets the ids of the last signals applied (newest last), so a signal delivered twice applies once.</summary>
    public List<string> AppliedSignalIds { get; set; } = [];

    /// <summary>Gets or sets where the instance faulted, while it is faulted.</summary>
    public FaultState? Fault { get; set; }
}
