using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions;

/// <summary>What an expression can see: the instance's variables (as globals and as <c>variables</c>) and its input.</summary>
/// <param name="Variables">The instance's variables.</param>
/// <param name="Input">The instance's input (<c>input</c>).</param>
/// <param name="CorrelationId">The instance's correlation id (<c>correlationId</c>).</param>
public sealed record ExpressionScope(JsonObject Variables, JsonNode? Input, string? CorrelationId);
