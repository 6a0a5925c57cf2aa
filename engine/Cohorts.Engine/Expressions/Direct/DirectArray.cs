using System.Text.Json;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>An array literal without holes or spreads (<c>[input.a, 'b']</c>).</summary>
/// <param name="items">The items, in order.</param>
internal sealed class DirectArray(IReadOnlyList<DirectExpression> items) : DirectComposite
{
    protected override bool TryWriteLiteral(ExpressionScope scope, Utf8JsonWriter writer, int memberDepth)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            if (!item.TryWrite(scope, writer, memberDepth))
            {
                return false;
            }
        }

        writer.WriteEndArray();
        return true;
    }
}
