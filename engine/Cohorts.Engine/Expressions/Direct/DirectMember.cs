using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>
/// A member read (<c>a.b</c>, <c>a['b']</c>, <c>a[0]</c>) of a JSON object's own member or an array's item. A member
/// that is not there (JavaScript's <c>undefined</c>, or a prototype's member such as <c>length</c>), or a read of
/// anything else, is left to Jint.
/// </summary>
/// <param name="target">What is read from.</param>
/// <param name="key">The member's name.</param>
/// <param name="index">The item's index when <paramref name="key"/> is an array index.</param>
internal sealed class DirectMember(DirectExpression target, string key, int? index) : DirectExpression
{
    public override bool TryRead(ExpressionScope scope, out JsonNode? value)
    {
        value = null;
        if (!target.TryRead(scope, out var from))
        {
            return false;
        }

        switch (from)
        {
            case JsonObject obj:
                return DirectJson.TryGetMember(obj, key, out value);
            case JsonArray array when index is { } i && i < array.Count:
                value = array[i];
                return true;
            default:
                return false;
        }
    }
}
