using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>
/// JavaScript's truthiness and equality on JSON values, where they need no conversion; null where they would (an object's
/// identity, a string compared loosely with a number), so the expression goes to Jint.
/// </summary>
internal static class DirectComparisons
{
    /// <summary>Whether JavaScript treats the value as true (null when it cannot be read).</summary>
    public static bool? IsTruthy(JsonNode? value) => DirectJson.TypeOf(value) switch
    {
        JsonValueKind.Null => false,
        JsonValueKind.Object or JsonValueKind.Array => true,
        JsonValueKind.True => value!.GetValueKind() == JsonValueKind.True,
        JsonValueKind.String => DirectJson.TryGetString(value, out var text) ? text.Length > 0 : null,
        JsonValueKind.Number => DirectJson.TryGetNumber(value, out var number) ? number is not 0 and not double.NaN : null,
        _ => null,
    };

    /// <summary><c>a === b</c> on two primitives; null when either is an object or array (compared by identity).</summary>
    public static bool? StrictEquals(JsonNode? left, JsonNode? right)
    {
        var (type, other) = (DirectJson.TypeOf(left), DirectJson.TypeOf(right));
        if (type is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Undefined
            || other is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Undefined)
        {
            return null;
        }

        if (type != other)
        {
            return false;
        }

        return type switch
        {
            JsonValueKind.Null => true,
            JsonValueKind.True => left!.GetValueKind() == right!.GetValueKind(),
            JsonValueKind.String => DirectJson.TryGetString(left, out var a) && DirectJson.TryGetString(right, out var b) ? string.Equals(a, b, StringComparison.Ordinal) : null,
            JsonValueKind.Number => DirectJson.TryGetNumber(left, out var x) && DirectJson.TryGetNumber(right, out var y) ? x == y : null,
            _ => null,
        };
    }

    /// <summary><c>a == b</c>: as <c>===</c> on values of one type; <c>null</c> equals only <c>null</c>; any other pair converts, and is left to Jint.</summary>
    public static bool? LooseEquals(JsonNode? left, JsonNode? right)
    {
        var (type, other) = (DirectJson.TypeOf(left), DirectJson.TypeOf(right));
        if (type == other || type is JsonValueKind.Object or JsonValueKind.Array || other is JsonValueKind.Object or JsonValueKind.Array)
        {
            return StrictEquals(left, right);
        }

        return type == JsonValueKind.Null || other == JsonValueKind.Null ? false : null;
    }
}
