using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Time;

public sealed class FrenchPublicHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")] // the latest possible date
    [InlineData(2285, "2285-03-22")] // the earliest possible date
    public void Sunday_Year_IsEasterSundayOfThatYear(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Easter.Sunday(year));
    }

    [Fact]
    public void GetHolidays_2025_ListsTheElevenHolidaysWithThoseCountedFromEaster()
    {
        var holidays = FrenchPublicHolidays.Instance.GetHolidays(2025);

        Assert.Equal(
            [
                "2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09",
                "2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25",
            ],
            holidays.Select(h => h.Date.ToString("yyyy-MM-dd")));
        Assert.Equal("Lundi de Pâques", holidays[1].Name);
        Assert.Equal("Ascension", holidays[4].Name);
        Assert.Equal("Lundi de Pentecôte", holidays[5].Name);
    }

    [Theory]
    [InlineData(2024, "2024-04-01", "2024-05-09", "2024-05-20")]
    [InlineData(2026, "2026-04-06", "2026-05-14", "2026-05-25")]
    [InlineData(2027, "2027-03-29", "2027-05-06", "2027-05-17")]
    public void GetHolidays_Year_CountsEasterMondayAscensionAndWhitMondayFromEaster(int year, string easterMonday, string ascension, string whitMonday)
    {
        var dates = FrenchPublicHolidays.Instance.GetHolidays(year).Select(h => h.Date).ToList();

        Assert.Equal(11, dates.Count);
        Assert.Contains(DateOnly.Parse(easterMonday), dates);
        Assert.Contains(DateOnly.Parse(ascension), dates);
        Assert.Contains(DateOnly.Parse(whitMonday), dates);
    }

    [Fact]
    public void IsHoliday_EveryDayOfSeveralYears_AgreesWithGetHolidays()
    {
        var holidays = FrenchPublicHolidays.Instance;
        for (var day = new DateOnly(2020, 1, 1); day <= new DateOnly(2040, 12, 31); day = day.AddDays(1))
        {
            var listed = holidays.GetHolidays(day.Year).Any(h => h.Date == day);
            Assert.True(listed == holidays.IsHoliday(day), $"{day:yyyy-MM-dd}: listed {listed}, IsHoliday {!listed}");
        }
    }

    [Theory]
    [InlineData("2025-04-20")] // Easter Sunday is not a holiday of its own
    [InlineData("2025-12-26")]
    [InlineData("2025-04-18")] // Good Friday: Alsace-Moselle only
    public void IsHoliday_OrdinaryDay_IsFalse(string day)
    {
        Assert.False(FrenchPublicHolidays.Instance.IsHoliday(DateOnly.Parse(day)));
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("fr")]
    public void Find_FrenchName_FindsTheFrenchHolidaysIgnoringCase(string name)
    {
        Assert.Same(FrenchPublicHolidays.Instance, HolidayCalendars.Find(name));
    }
}
