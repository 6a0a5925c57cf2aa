using System.Text.Json;
using System.Text.Json.Serialization;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Api;

/// <summary>
/// An enum as exactly one of its names, in any case on reading (<see cref="EnumNames"/>), as declared on writing;
/// a number, a flag list or an unknown name is a <see cref="JsonException"/> that lists the names (a 400 naming the
/// field through the API's error handling).
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return EnumNames.TryParse<TEnum>(text, out var value)
            ? value
            : throw new JsonException($"Expected one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Enum.IsDefined(value) ? value.ToString() : throw new JsonException($"{value} is not a {typeof(TEnum).Name}."));
    }

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        EnumNames.TryParse<TEnum>(reader.GetString(), out var value)
            ? value
            : throw new JsonException($"Expected one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }
}
