using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Time;

/// <summary>A holiday source with listed dates: another country, as far as the calendar can tell.</summary>
internal sealed class FixedHolidays(string name, params DateOnly[] dates) : IHolidayCalendar
{
    public string Name => name;

    public IReadOnlyList<PublicHoliday> GetHolidays(int year) =>
        [.. dates.Where(d => d.Year == year).Order().Select(d => new PublicHoliday(d, "Holiday"))];

    public bool IsHoliday(DateOnly day) => dates.Contains(day);
}
