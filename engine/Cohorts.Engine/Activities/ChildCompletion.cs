using System.Text.Json.Nodes;

namespace Cohorts.Engine.Activities;

/// <summary>What a parent is told when one of its children completes.</summary>
/// <param name="Child">The child activity.</param>
/// <param name="Outcome">The child's outcome.</param>
/// <param name="Output">The child's output, if any.</param>
public sealed record ChildCompletion(Activity Child, string Outcome, JsonNode? Output);
