namespace Cohorts.Engine.Time;

/// <summary>Conversions between a zone's local wall-clock time and instants.</summary>
public static class ZonedTime
{
    /// <summary>
    /// Converts a local wall-clock time to an instant. A time skipped by a daylight-saving jump moves forward by the
    /// gap (02:30 on the spring-forward night becomes 03:30); an ambiguous time takes the earlier instant.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-12));
            var after = zone.GetUtcOffset(local.AddHours(12));
            local = local + (after - before);
        }

        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>Finds a time zone by IANA or Windows id.</summary>
    /// <returns>The zone, or null when the id is unknown.</returns>
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }
}
