using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cohorts.Engine.Time;

/// <summary>Reads and writes <see cref="IsoDuration"/> as its ISO 8601 text.</summary>
public sealed class IsoDurationJsonConverter : JsonConverter<IsoDuration>
{
    /// <inheritdoc />
    public override IsoDuration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return IsoDuration.TryParse(text, out var duration)
            ? duration
            : throw new JsonException($"expected an ISO 8601 duration such as \"P1M\", \"P2W\" or \"PT4H30M\", found {Describe(ref reader)}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IsoDuration value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    private static string Describe(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? $"\"{reader.GetString()}\"" : reader.TokenType.ToString().ToLowerInvariant();
}
