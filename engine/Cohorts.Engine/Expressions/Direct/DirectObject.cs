using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>
/// An object literal (<c>{ company: correlationId, seats: input.seats }</c>): plain keys (<see cref="DirectJson.IsPlainKey"/>),
/// each once, no <c>__proto__</c>.
/// </summary>
/// <param name="members">The keys, in order, and their values.</param>
internal sealed class DirectObject(IReadOnlyList<KeyValuePair<string, DirectExpression>> members) : DirectComposite
{
    protected override bool TryMakeLiteral(ExpressionScope scope, int memberDepth, out JsonNode? literal)
    {
        literal = null;
        var made = new JsonObject();
        foreach (var (key, member) in members)
        {
            if (!member.TryCopy(scope, memberDepth, out var value))
            {
                return false;
            }

            made.Add(key, value);
        }

        literal = made;
        return true;
    }
}
