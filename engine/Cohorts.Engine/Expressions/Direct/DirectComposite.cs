using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>An object or array literal: written as <c>JSON.stringify</c> writes it, never read from.</summary>
internal abstract class DirectComposite : DirectExpression
{
    protected override bool IsComposite => true;

    public override bool TryRead(ExpressionScope scope, out JsonNode? value)
    {
        value = null;
        return false;
    }

    public override bool TryWrite(ExpressionScope scope, Utf8JsonWriter writer, int depth) =>
        depth < DirectExpressionDepth.Max && TryWriteLiteral(scope, writer, depth + 1);

    /// <summary>Writes the literal, whose members are at <paramref name="memberDepth"/>.</summary>
    protected abstract bool TryWriteLiteral(ExpressionScope scope, Utf8JsonWriter writer, int memberDepth);
}
