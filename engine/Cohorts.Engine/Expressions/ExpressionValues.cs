using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Expressions;

/// <summary>Helpers to read expression results.</summary>
public static class ExpressionValues
{
    /// <summary>JavaScript truthiness of a JSON value.</summary>
    public static bool IsTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length > 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.Deserialize<double>() is not 0 and not double.NaN, // long or JsonElement
        _ => true,
    };

    /// <summary>Text of a JSON value: a string's content, or the JSON of anything else.</summary>
    public static string ToText(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}
