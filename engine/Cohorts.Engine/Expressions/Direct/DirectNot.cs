using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary><c>!a</c>.</summary>
/// <param name="operand">The operand.</param>
internal sealed class DirectNot(DirectExpression operand) : DirectExpression
{
    public override bool TryRead(ExpressionScope scope, out JsonNode? value)
    {
        value = null;
        if (!operand.TryRead(scope, out var read) || DirectComparisons.IsTruthy(read) is not { } truthy)
        {
            return false;
        }

        value = DirectBooleans.Of(!truthy);
        return true;
    }
}
