using System.Buffers;
using System.Text.Json;
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

    /// <summary>Writes the expression's value as <c>JSON.stringify</c> would (a member of an object or array literal).</summary>
    /// <returns>False when this evaluation is left to Jint.</returns>
    public virtual bool TryWrite(ExpressionScope scope, Utf8JsonWriter writer, int depth) =>
        TryRead(scope, out var value) && DirectJson.TryWrite(value, writer, depth);

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
            evaluated = TryParseWritten(writer => TryWrite(scope, writer, depth: 0), out result);
        }
        else if (!TryRead(scope, out var value))
        {
            (evaluated, result) = (false, null);
        }
        else
        {
            evaluated = value is JsonObject or JsonArray
                ? TryParseWritten(writer => DirectJson.TryWrite(value, writer, depth: 0), out result)
                : DirectJson.TryPrimitiveResult(value, out result);
        }

        return evaluated && GC.GetAllocatedBytesForCurrentThread() - allocatedBefore <= ExpressionLimits.MaxMemoryBytes;
    }

    /// <summary>Gets a value indicating whether the expression builds an object or array (it is written, never read).</summary>
    protected virtual bool IsComposite => false;

    // What Jint's evaluation does with an object: its JSON, parsed.
    private static bool TryParseWritten(Func<Utf8JsonWriter, bool> write, out JsonNode? result)
    {
        result = null;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (!write(writer))
            {
                return false;
            }
        }

        result = JsonNode.Parse(buffer.WrittenSpan);
        return true;
    }
}
