namespace Cohorts.Engine.Time;

/// <summary>
/// A source of public holidays, such as a country's (<see cref="FrenchPublicHolidays"/>). Definitions name it by
/// <see cref="Name"/>; <see cref="HolidayCalendars"/> lists the ones the definition format knows.
/// </summary>
public interface IHolidayCalendar
{
    /// <summary>Gets the name definitions use for it (<c>FR</c>).</summary>
    string Name { get; }

    /// <summary>Lists the holidays of a year, in date order.</summary>
    IReadOnlyList<PublicHoliday> GetHolidays(int year);

    /// <summary>Gets a value indicating whether a day is a holiday.</summary>
    bool IsHoliday(DateOnly day);
}
