using System.Text.Json.Nodes;

namespace Cohorts.Engine.Activities;

/// <summary>
/// Stands in for an activity whose type is not registered (a stored definition written by a host that had a plugin
/// this one lacks). Loading never crashes; running it faults the instance with a clear incident, and writing the
/// definition back keeps the original JSON.
/// </summary>
public sealed class MissingActivity : Activity
{
    /// <summary>Gets the unknown type name.</summary>
    public string TypeName { get; internal init; } = string.Empty;

    /// <summary>Gets the original JSON of the activity.</summary>
    public JsonObject? Json { get; internal init; }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Fault(
            $"Activity '{Id}' has type '{TypeName}', which this host does not know. Register the activity type, or publish a new version without it."));
}
