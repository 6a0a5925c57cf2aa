using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Time;

/// <summary>Reads instants written in definitions and variables (ISO 8601, with or without an offset).</summary>
public static class DateValues
{
    /// <summary>
    /// Parses an ISO 8601 date or date-time. Text without an offset is local time in <paramref name="zone"/>
    /// (<c>2025-01-06</c> is midnight there).
    /// </summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(zone);
        instant = default;
        if (string.IsNullOrWhiteSpace(text) || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        instant = parsed.Kind switch
        {
            DateTimeKind.Utc => new DateTimeOffset(parsed, TimeSpan.Zero),
            DateTimeKind.Local => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            _ => ZonedTime.ToInstant(parsed, zone),
        };
        return true;
    }

    /// <summary>Reads an instant from a JSON variable value (a string in ISO 8601).</summary>
    public static bool TryRead(JsonNode? value, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        instant = default;
        return value is JsonValue v && v.GetValueKind() == JsonValueKind.String && TryParse(v.GetValue<string>(), zone, out instant);
    }

    /// <summary>Formats an instant for a variable (ISO 8601 with offset).</summary>
    public static string Format(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
