using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions;

/// <summary>A JSON string or number as JavaScript sees it (what <c>JSON.parse</c> of its text gives).</summary>
internal static class JsonScalars
{
    /// <summary>A string value's text, or null when it holds no string (or an unusual CLR type).</summary>
    public static string? ToText(JsonValue value)
    {
        if (value.TryGetValue(out string? text))
        {
            return text;
        }

        return value.TryGetValue(out JsonElement element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    /// <summary>The number's double, or null when it has none (beyond double's range, or an unusual CLR type).</summary>
    public static double? ToDouble(JsonValue value)
    {
        if (value.TryGetValue(out JsonElement element))
        {
            return element.TryGetDouble(out var parsed) ? parsed : null;
        }

        if (value.TryGetValue(out long int64))
        {
            return int64;
        }

        if (value.TryGetValue(out int int32))
        {
            return int32;
        }

        return value.TryGetValue(out double float64) && double.IsFinite(float64) ? float64 : null;
    }

    /// <summary>The result node of a JavaScript number: a whole number as a long, anything else as a double.</summary>
    public static JsonValue ToNode(double number) =>
        number == Math.Floor(number) && Math.Abs(number) < long.MaxValue
            ? JsonValue.Create((long)number)
            : JsonValue.Create(number);
}
