using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>
/// An object literal (<c>{ company: correlationId, seats: input.seats }</c>): plain keys (<see cref="DirectJson.IsPlainKey"/>),
/// each once, no <c>__proto__</c>; written as <c>JSON.stringify</c> writes it, never read from.
/// </summary>
/// <param name="members">The keys, in order, and their values.</param>
internal sealed class DirectObject(IReadOnlyList<KeyValuePair<string, DirectExpression>> members) : DirectExpression
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

        writer.WriteStartObject();
        foreach (var (key, member) in members)
        {
            writer.WritePropertyName(key);
            if (!member.TryWrite(scope, writer, depth + 1))
            {
                return false;
            }
        }

        writer.WriteEndObject();
        return true;
    }
}
