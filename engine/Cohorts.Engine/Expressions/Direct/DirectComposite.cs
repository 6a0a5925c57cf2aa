using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>An object or array literal: made as <c>JSON.parse(JSON.stringify(literal))</c> makes it, never read from.</summary>
internal abstract class DirectComposite : DirectExpression
{
    protected override bool IsComposite => true;

    public override bool TryRead(ExpressionScope scope, out JsonNode? value)
    {
        value = null;
        return false;
    }

    public override bool TryCopy(ExpressionScope scope, int depth, out JsonNode? copy)
    {
        copy = null;
        return depth < DirectExpressionDepth.Max && TryMakeLiteral(scope, depth + 1, out copy);
    }

    /// <summary>Makes the literal, whose members are at <paramref name="memberDepth"/>.</summary>
    protected abstract bool TryMakeLiteral(ExpressionScope scope, int memberDepth, out JsonNode? literal);
}
