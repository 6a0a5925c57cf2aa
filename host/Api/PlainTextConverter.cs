using System.Text.Json;
using System.Text.Json.Serialization;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Api;

/// <summary>
/// Reads every string of the API's JSON (values and dictionary keys) and refuses one holding a control character
/// (<see cref="ControlCharacters"/>: a null, an escape...) with the serializer's path, so a client learns which value
/// to mend (<c>companies[2].name</c>) before anything is stored, whatever the field. Writes strings as they are.
/// </summary>
internal sealed class PlainTextConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString())!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string? Checked(string? value) =>
        value is not null && ControlCharacters.AnyIn(value) ? throw new JsonException(LimitMessages.NoControlCharacters) : value;
}
