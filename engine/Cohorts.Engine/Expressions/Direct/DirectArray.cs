using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>An array literal without holes or spreads (<c>[input.a, 'b']</c>).</summary>
/// <param name="items">The items, in order.</param>
internal sealed class DirectArray(IReadOnlyList<DirectExpression> items) : DirectComposite
{
    protected override bool TryMakeLiteral(ExpressionScope scope, int memberDepth, out JsonNode? literal)
    {
        literal = null;
        var made = new JsonArray();
        foreach (var item in items)
        {
            if (!item.TryCopy(scope, memberDepth, out var value))
            {
                return false;
            }

            made.Add(value);
        }

        literal = made;
        return true;
    }
}
