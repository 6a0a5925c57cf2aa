namespace Cohorts.Engine.Time;

/// <summary>
/// The holiday calendars the definition format knows, by name (<c>"holidays": "FR"</c>). To support another country,
/// implement <see cref="IHolidayCalendar"/> and add it to <see cref="Known"/>.
/// </summary>
public static class HolidayCalendars
{
    /// <summary>Gets the known calendars.</summary>
    public static IReadOnlyList<IHolidayCalendar> Known { get; } = [FrenchPublicHolidays.Instance];

    /// <summary>Gets the known calendars' names, for messages.</summary>
    public static string Names => string.Join(", ", Known.Select(c => c.Name));

    /// <summary>Finds a calendar by name, ignoring case.</summary>
    /// <returns>The calendar, or null when the name is unknown.</returns>
    public static IHolidayCalendar? Find(string? name) =>
        Known.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
