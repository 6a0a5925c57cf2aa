using System.Text.Json.Nodes;

namespace Cohorts.Engine.Activities;

/// <summary>One case of a <see cref="Switch"/>: the value to match and the activity to run.</summary>
public sealed class SwitchCase
{
    /// <summary>Gets the value the expression must equal (a JSON value).</summary>
    public required JsonNode? When { get; init; }

    /// <summary>Gets the activity run for this case.</summary>
    public required Activity Activity { get; init; }
}
