namespace Cohorts.Engine.Time;

/// <summary>
/// The eleven French public holidays (jours fériés) of metropolitan France: eight on fixed dates, and Easter Monday,
/// Ascension and Whit Monday counted from Easter. Alsace-Moselle's Good Friday and 26 December are not included.
/// </summary>
public sealed class FrenchPublicHolidays : IHolidayCalendar
{
    private FrenchPublicHolidays()
    {
    }

    /// <summary>Gets the calendar.</summary>
    public static FrenchPublicHolidays Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "FR";

    /// <inheritdoc />
    public IReadOnlyList<PublicHoliday> GetHolidays(int year)
    {
        var easter = Easter.Sunday(year);
        return
        [
            new(new DateOnly(year, 1, 1), "Jour de l'an"),
            new(easter.AddDays(1), "Lundi de Pâques"),
            new(new DateOnly(year, 5, 1), "Fête du Travail"),
            new(new DateOnly(year, 5, 8), "Victoire 1945"),
            new(easter.AddDays(39), "Ascension"),
            new(easter.AddDays(50), "Lundi de Pentecôte"),
            new(new DateOnly(year, 7, 14), "Fête nationale"),
            new(new DateOnly(year, 8, 15), "Assomption"),
            new(new DateOnly(year, 11, 1), "Toussaint"),
            new(new DateOnly(year, 11, 11), "Armistice 1918"),
            new(new DateOnly(year, 12, 25), "Noël"),
        ];
    }

    /// <inheritdoc />
    public bool IsHoliday(DateOnly day)
    {
        var isFixed = (day.Month, day.Day) is (1, 1) or (5, 1) or (5, 8) or (7, 14) or (8, 15) or (11, 1) or (11, 11) or (12, 25);
        if (isFixed)
        {
            return true;
        }

        // The movable holidays fall between 23 March (Easter Monday at the earliest) and 14 June (Whit Monday at the latest).
        if (day.Month is < 3 or > 6)
        {
            return false;
        }

        var afterEaster = day.DayNumber - Easter.Sunday(day.Year).DayNumber;
        return afterEaster is 1 or 39 or 50;
    }
}
