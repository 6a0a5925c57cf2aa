using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>An array literal without holes or spreads (<c>[input.a, 'b']</c>); written, never read from.</summary>
/// <param name="items">The items, in order.</param>
internal sealed class DirectArray(IReadOnlyList<DirectExpression> items) : DirectExpression
{
    protected override bool IsComposite => true;

    public override bool TryRead(ExpressionScope scope, out JsonNode? value)
    {
        value = null;
        return false;
    }

    public override bool TryWrite(ExpressionScope scope, Utf8JsonWriter writer, int depth)
    {
        if (depth >= DirectExpressionDepth.Max)
        {
            return false;
        }

        writer.WriteStartArray();
        foreach (var item in items)
        {
            if (!item.TryWrite(scope, writer, depth + 1))
            {
                return false;
            }
        }

        writer.WriteEndArray();
        return true;
    }
}
