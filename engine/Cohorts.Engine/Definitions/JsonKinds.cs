using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Definitions;

/// <summary>Describes JSON values in problem messages ("found the number 42").</summary>
internal static class JsonKinds
{
    private const int MaxShown = 40;

    // Messages quote values as written ("séance", "a < b"), not \u-escaped: they are read by people.
    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => $"the string {Shorten(value.ToJsonString(QuoteOptions))}",
            JsonValueKind.Number => $"the number {Shorten(value.ToJsonString(QuoteOptions))}",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => "null",
        },
        _ => "an unknown value",
    };

    public static bool TryGetString(JsonNode? node, out string text)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            text = value.GetValue<string>();
            return true;
        }

        text = string.Empty;
        return false;
    }

    /// <summary>Keeps the reason of a System.Text.Json message, without the path and position it appends.</summary>
    public static string Reason(string message)
    {
        var cut = message.Length;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && at < cut)
            {
                cut = at;
            }
        }

        return message[..cut].TrimEnd().TrimEnd('|').TrimEnd();
    }

    private static string Shorten(string json) => json.Length <= MaxShown ? json : json[..(MaxShown - 1)] + "…";
}
