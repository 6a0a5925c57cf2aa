using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>
/// An expression evaluated on the scope's JSON values themselves, without a JavaScript engine: the reads workflows use
/// most (<c>input.cohortStart</c>, <c>screening === 'accepted'</c>, an object of a few members), compiled once by
/// <see cref="DirectExpressionCompiler"/>. Whatever it cannot decide exactly as Jint would (a name or member that is not
/// there, an object compared, a number JavaScript would print otherwise) it declines, and Jint evaluates the expression.
/// </summary>
internal abstract class DirectExpression
{
    /// <summary>
    /// Reads the expression's value: a node of the scope or a literal's own node, never to be attached elsewhere (null is
    /// JavaScript's <c>null</c>).
    /// </summary>
    /// <returns>False when this evaluation is left to Jint.</returns>
    public abstract bool TryRead(ExpressionScope scope, out JsonNode? value);

    /// <summary>
    /// Makes the node of the expression's value that Jint's evaluation gives (what <c>JSON.parse(JSON.stringify(value))</c>
    /// makes of it): a new node, owned by the caller (a member of an object or array literal, or the result).
    /// </summary>
    /// <returns>False when this evaluation is left to Jint.</returns>
    public virtual bool TryCopy(ExpressionScope scope, int depth, out JsonNode? copy)
    {
        copy = null;
        return TryRead(scope, out var value) && DirectJson.TryCopy(value, depth, out copy);
    }

    /// <summary>
    /// Evaluates the expression to the node Jint's evaluation gives (<see cref="JintExpressionEvaluator"/>): a whole
    /// number as a long, an object or array as parsed from its JSON. Allocating more than an expression may
    /// (<see cref="ExpressionLimits.MaxMemoryBytes"/>) leaves it to Jint, which refuses it with the limit's message.
    /// </summary>
    /// <returns>False when this evaluation is left to Jint.</returns>
    public bool TryEvaluate(ExpressionScope scope, out JsonNode? result)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        bool evaluated;
        if (IsComposite)
        {
            evaluated = TryCopy(scope, depth: 0, out result);
        }
        else if (!TryRead(scope, out var value))
        {
            (evaluated, result) = (false, null);
        }
        else
        {
            evaluated = value is JsonObject or JsonArray
                ? DirectJson.TryCopy(value, depth: 0, out result)
                : DirectJson.TryPrimitiveResult(value, out result);
        }

        return evaluated && GC.GetAllocatedBytesForCurrentThread() - allocatedBefore <= ExpressionLimits.MaxMemoryBytes;
    }

    /// <summary>Gets a value indicating whether the expression builds an object or array (it is copied, never read).</summary>
    protected virtual bool IsComposite => false;
}
