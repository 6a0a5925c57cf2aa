using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cohorts.Host.Api;

/// <summary>
/// Reads the API's instants (<see cref="DateTimeOffset"/>, and its nullable form) as RFC 3339 asks: a date, a time and
/// its offset (<c>2026-03-16T09:00:00+01:00</c>, or <c>Z</c> for UTC). A time without an offset
/// (<c>2026-03-16T09:00:00</c>) or a date alone is refused with its JSON path rather than read in the server's own zone,
/// which would put a session an hour or two away from the one meant. Writes as System.Text.Json does.
/// </summary>
internal sealed class OffsetDateTimeConverter : JsonConverter<DateTimeOffset>
{
    /// <summary>What a refused instant is told.</summary>
    public const string Expected = "expected a date and time that exists, in ISO 8601 with its offset (2026-03-16T09:00:00+01:00, or 2026-03-16T08:00:00Z in UTC).";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var value))
        {
            throw new JsonException($"This value is not valid here: {Expected}");
        }

        if (!HasOffset(reader.GetString()!))
        {
            throw new JsonException($"This time has no offset: {Expected}");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    /// <summary>True when the time part ends with <c>Z</c> or carries a signed offset.</summary>
    internal static bool HasOffset(string text)
    {
        var separator = text.AsSpan().IndexOfAny('T', 't');
        if (separator < 0)
        {
            return false;
        }

        var time = text.AsSpan(separator + 1);
        return time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.IndexOfAny('+', '-') >= 0;
    }
}
