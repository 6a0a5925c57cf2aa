using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions.Direct;

/// <summary>
/// JSON values as a direct expression sees them: their JavaScript type, and the JSON or result node Jint's evaluation
/// would make of them. Every method declines (false or null) where JavaScript could differ from the plain reading: a
/// number JavaScript would print otherwise, a key JavaScript would reorder, a string with surrogates.
/// </summary>
internal static class DirectJson
{
    // The largest whole number JavaScript prints with exactly the digits a long prints.
    private const double MaxSafeWhole = 9_007_199_254_740_991;

    /// <summary>Gets a value's JavaScript type: string, number, boolean (as <see cref="JsonValueKind.True"/>), null, object or array.</summary>
    public static JsonValueKind TypeOf(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => JsonValueKind.Null,
        JsonValueKind.True or JsonValueKind.False => JsonValueKind.True,
        var kind => kind.Value,
    };

    /// <summary>
    /// Reads an object's member by its exact name, as JavaScript does, also where the object matches names regardless of
    /// case (nodes read with the web defaults, as the API's bodies bound to a JsonObject are).
    /// </summary>
    public static bool TryGetMember(JsonObject obj, string key, out JsonNode? value)
    {
        if (obj.Options?.PropertyNameCaseInsensitive != true)
        {
            return obj.TryGetPropertyValue(key, out value);
        }

        var index = obj.IndexOf(key);
        if (index >= 0 && obj.GetAt(index) is var (name, member) && string.Equals(name, key, StringComparison.Ordinal))
        {
            value = member;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Reads a string value's text.</summary>
    public static bool TryGetString(JsonNode? value, out string text)
    {
        var read = value is JsonValue json ? JsonScalars.ToText(json) : null;
        text = read ?? string.Empty;
        return read is not null;
    }

    /// <summary>Reads a number value as JavaScript's double.</summary>
    public static bool TryGetNumber(JsonNode? value, out double number)
    {
        number = 0;
        if (value is JsonValue json && JsonScalars.ToDouble(json) is { } read)
        {
            number = read;
            return true;
        }

        return false;
    }

    /// <summary>The node Jint's evaluation returns for a value that is not an object or array.</summary>
    public static bool TryPrimitiveResult(JsonNode? value, out JsonNode? result)
    {
        result = null;
        switch (value?.GetValueKind())
        {
            case null or JsonValueKind.Null:
                return true;
            case JsonValueKind.True or JsonValueKind.False:
                result = JsonValue.Create(value.GetValueKind() == JsonValueKind.True);
                return true;
            case JsonValueKind.String when TryGetString(value, out var text):
                result = JsonValue.Create(text);
                return true;
            case JsonValueKind.Number when TryGetNumber(value, out var number):
                result = JsonScalars.ToNode(number);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Makes the node <c>JSON.parse(JSON.stringify(value))</c> makes of what <see cref="JintValues.FromNode"/> makes of a
    /// value: a new node, numbers whole (a long), declining anything JavaScript could write otherwise.
    /// </summary>
    public static bool TryCopy(JsonNode? value, int depth, out JsonNode? copy)
    {
        switch (value)
        {
            case null:
                copy = null;
                return true;
            case JsonObject obj:
                return TryCopyObject(obj, depth, out copy);
            case JsonArray array:
                return TryCopyArray(array, depth, out copy);
            default:
                return TryCopyPrimitive(value, out copy);
        }
    }

    /// <summary>
    /// Whether an object key keeps its place: JavaScript lists keys that look like array indexes first (any
    /// key starting with a digit is declined), and <c>JSON.stringify</c> escapes lone surrogates.
    /// </summary>
    public static bool IsPlainKey(string key) => !(key.Length > 0 && char.IsAsciiDigit(key[0])) && IsPlainText(key);

    private static bool IsPlainText(string text) => !text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF');

    private static bool TryCopyObject(JsonObject obj, int depth, out JsonNode? copy)
    {
        copy = null;
        if (depth >= DirectExpressionDepth.Max)
        {
            return false;
        }

        var made = new JsonObject();
        foreach (var (key, member) in obj)
        {
            if (!IsPlainKey(key) || !TryCopy(member, depth + 1, out var value))
            {
                return false;
            }

            made.Add(key, value);
        }

        copy = made;
        return true;
    }

    private static bool TryCopyArray(JsonArray array, int depth, out JsonNode? copy)
    {
        copy = null;
        if (depth >= DirectExpressionDepth.Max)
        {
            return false;
        }

        var made = new JsonArray();
        foreach (var item in array)
        {
            if (!TryCopy(item, depth + 1, out var value))
            {
                return false;
            }

            made.Add(value);
        }

        copy = made;
        return true;
    }

    private static bool TryCopyPrimitive(JsonNode value, out JsonNode? copy)
    {
        copy = null;
        switch (value.GetValueKind())
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.True or JsonValueKind.False:
                copy = JsonValue.Create(value.GetValueKind() == JsonValueKind.True);
                return true;
            case JsonValueKind.String when TryGetString(value, out var text) && IsPlainText(text):
                copy = JsonValue.Create(text);
                return true;
            case JsonValueKind.Number when TryGetNumber(value, out var number) && number == Math.Floor(number) && Math.Abs(number) <= MaxSafeWhole:
                copy = JsonValue.Create((long)number);
                return true;
            default:
                return false;
        }
    }
}
