using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Time;

/// <summary>Reads instants written in definitions and variables (ISO 8601, with or without an offset).</summary>
public static class DateValues
{
    // The local times whose instant exists in every zone: all but the calendar's first and last days.
    private static readonly DateTime Earliest = DateTime.MinValue.AddDays(1);
    private static readonly DateTime Latest = DateTime.MaxValue.AddDays(-1);

    /// <summary>
    /// Parses an ISO 8601 date or date-time. Text without an offset is local time in <paramref name="zone"/>
    /// (<c>2025-01-06</c> is midnight there). An instant the calendar cannot hold (an offset past its ends, or a local
    /// time on its first or last day) is not a date: false, never an exception.
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

        if (parsed.Kind == DateTimeKind.Utc)
        {
            instant = new DateTimeOffset(parsed, TimeSpan.Zero);
            return true;
        }

        if (parsed.Kind == DateTimeKind.Local)
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out instant);
        }

        // On the calendar's first and last days a zone's offset can take the instant out of range (midnight of
        // 1 January of year 1 in Paris): those two days are not dates here, rather than an exception from a method
        // that tries.
        if (parsed < Earliest || parsed > Latest)
        {
            return false;
        }

        instant = ZonedTime.ToInstant(parsed, zone);
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
