using System.Text.Json;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>
/// An object literal (<c>{ company: correlationId, seats: input.seats }</c>): plain keys (<see cref="DirectJson.IsPlainKey"/>),
/// each once, no <c>__proto__</c>.
/// </summary>
/// <param name="members">The keys, in order, and their values.</param>
internal sealed class DirectObject(IReadOnlyList<KeyValuePair<string, DirectExpression>> members) : DirectComposite
{
    protected override bool TryWriteLiteral(ExpressionScope scope, Utf8JsonWriter writer, int memberDepth)
    {
        writer.WriteStartObject();
        foreach (var (key, member) in members)
        {
            writer.WritePropertyName(key);
            if (!member.TryWrite(scope, writer, memberDepth))
            {
                return false;
            }
        }

        writer.WriteEndObject();
        return true;
    }
}
