using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary><c>===</c>, <c>!==</c>, <c>==</c> or <c>!=</c> (<see cref="DirectComparisons"/>).</summary>
/// <param name="left">The left operand.</param>
/// <param name="right">The right operand.</param>
/// <param name="strict">Whether it is <c>===</c> or <c>!==</c>.</param>
/// <param name="negated">Whether it is <c>!==</c> or <c>!=</c>.</param>
internal sealed class DirectEquality(DirectExpression left, DirectExpression right, bool strict, bool negated) : DirectExpression
{
    public override bool TryRead(ExpressionScope scope, out JsonNode? value)
    {
        value = null;
        if (!left.TryRead(scope, out var a) || !right.TryRead(scope, out var b))
        {
            return false;
        }

        if ((strict ? DirectComparisons.StrictEquals(a, b) : DirectComparisons.LooseEquals(a, b)) is not { } equal)
        {
            return false;
        }

        value = DirectBooleans.Of(equal != negated);
        return true;
    }
}
