using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>A string, finite number, boolean or <c>null</c> literal.</summary>
/// <param name="literal">The literal's node, made once (null for <c>null</c>).</param>
internal sealed class DirectLiteral(JsonValue? literal) : DirectExpression
{
    public override bool TryRead(ExpressionScope scope, out JsonNode? value)
    {
        value = literal;
        return true;
    }
}
