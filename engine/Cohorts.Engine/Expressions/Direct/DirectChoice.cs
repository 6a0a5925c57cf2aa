using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>
/// <c>c ? a : b</c>, <c>a &amp;&amp; b</c> (<c>a ? b : a</c>) and <c>a || b</c> (<c>a ? a : b</c>): the operand chosen by
/// the truthiness of the first.
/// </summary>
/// <param name="test">What decides.</param>
/// <param name="whenTrue">The value when the test is truthy (null: the test's own value).</param>
/// <param name="whenFalse">The value when it is not (null: the test's own value).</param>
internal sealed class DirectChoice(DirectExpression test, DirectExpression? whenTrue, DirectExpression? whenFalse) : DirectExpression
{
    public override bool TryRead(ExpressionScope scope, out JsonNode? value)
    {
        if (!test.TryRead(scope, out value) || DirectComparisons.IsTruthy(value) is not { } truthy)
        {
            return false;
        }

        var chosen = truthy ? whenTrue : whenFalse;
        return chosen is null || chosen.TryRead(scope, out value);
    }
}
