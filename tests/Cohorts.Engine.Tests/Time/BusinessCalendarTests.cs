using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Time;

public sealed class BusinessCalendarTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static readonly AnnualClosure August = new(new MonthDay(8, 1), new MonthDay(8, 31), "Summer closure");
    private static readonly AnnualClosure Christmas = new(new MonthDay(12, 24), new MonthDay(1, 1), "Christmas break");

    private static BusinessCalendar French(params ClosurePeriod[] closures) =>
        new(BusinessCalendar.Weekend, FrenchPublicHolidays.Instance, closures);

    [Theory]
    [InlineData("2025-05-01", "2025-05-02")] // Labour Day, a Thursday
    [InlineData("2025-12-25", "2025-12-26")] // Christmas, a Thursday
    [InlineData("2025-05-31", "2025-06-02")] // a Saturday
    [InlineData("2025-06-08", "2025-06-10")] // Whit Sunday, then Whit Monday
    [InlineData("2025-03-06", "2025-03-06")] // a working Thursday
    public void NextWorkingDay_FrenchCalendar_SkipsWeekendsAndHolidays(string day, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), French().NextWorkingDay(DateOnly.Parse(day)));
    }

    [Fact]
    public void NextWorkingDay_ChristmasInTheChristmasBreak_MovesPastTheBreakAndNewYear()
    {
        Assert.Equal(new DateOnly(2026, 1, 2), French(Christmas).NextWorkingDay(new DateOnly(2025, 12, 25)));
    }

    [Fact]
    public void NextWorkingDay_DayInAugustClosure_MovesToTheFirstWorkingDayOfSeptember()
    {
        Assert.Equal(new DateOnly(2025, 9, 1), French(August).NextWorkingDay(new DateOnly(2025, 8, 6)));
    }

    [Theory]
    [InlineData("2025-12-23", true)]
    [InlineData("2025-12-24", false)]
    [InlineData("2025-12-31", false)]
    [InlineData("2026-01-01", false)]
    [InlineData("2026-01-02", true)]
    [InlineData("2025-06-15", true)]
    public void IsWorkingDay_ClosureWrappingTheYearEnd_ClosesBothEnds(string day, bool expected)
    {
        var calendar = new BusinessCalendar(closures: [Christmas]);

        Assert.Equal(expected, calendar.IsWorkingDay(DateOnly.Parse(day)));
    }

    [Theory]
    [InlineData("2025-04-30", true)]
    [InlineData("2025-05-01", false)]
    [InlineData("2025-05-09", false)]
    [InlineData("2025-05-10", true)]
    [InlineData("2026-05-05", true)]
    public void IsWorkingDay_DateRangeClosure_ClosesThoseDatesOnly(string day, bool expected)
    {
        var calendar = new BusinessCalendar(closures: [new DateRangeClosure(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 9), "Move")]);

        Assert.Equal(expected, calendar.IsWorkingDay(DateOnly.Parse(day)));
    }

    [Fact]
    public void IsWorkingDay_OtherHolidaySource_UsesItsDates()
    {
        var calendar = new BusinessCalendar(holidays: new FixedHolidays("XX", new DateOnly(2025, 10, 3)));

        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 10, 3)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 5, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 10, 4)));
    }

    [Fact]
    public void ShiftToWorkingDay_WorkingDay_ReturnsTheSameInstant()
    {
        var session = new DateTimeOffset(2025, 3, 6, 9, 0, 0, TimeSpan.Zero); // 10:00 in Paris

        Assert.Equal(session, French().ShiftToWorkingDay(session, Paris));
    }

    [Fact]
    public void ShiftToWorkingDay_SaturdayBeforeSpringForward_KeepsTenOClockLocalOnMonday()
    {
        var saturday = new DateTimeOffset(2025, 3, 29, 9, 0, 0, TimeSpan.Zero); // 10:00 CET

        var shifted = French().ShiftToWorkingDay(saturday, Paris);

        Assert.Equal(new DateTimeOffset(2025, 3, 31, 8, 0, 0, TimeSpan.Zero), shifted); // 10:00 CEST
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 10, 0, 0, TimeSpan.FromHours(2)), shifted);
    }

    [Fact]
    public void ShiftToWorkingDay_SaturdayBeforeFallBack_KeepsTenOClockLocalOnMonday()
    {
        var saturday = new DateTimeOffset(2025, 10, 25, 8, 0, 0, TimeSpan.Zero); // 10:00 CEST

        Assert.Equal(new DateTimeOffset(2025, 10, 27, 9, 0, 0, TimeSpan.Zero), French().ShiftToWorkingDay(saturday, Paris)); // 10:00 CET
    }

    [Fact]
    public void ShiftToWorkingDay_FridayInUtcButSaturdayInTheZone_UsesTheLocalDate()
    {
        var instant = new DateTimeOffset(2025, 5, 2, 23, 30, 0, TimeSpan.Zero); // Saturday 01:30 in Paris

        Assert.Equal(new DateTimeOffset(2025, 5, 4, 23, 30, 0, TimeSpan.Zero), French().ShiftToWorkingDay(instant, Paris)); // Monday 01:30
    }

    [Fact]
    public void Constructor_EveryDayOfTheWeekExcluded_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BusinessCalendar(Enum.GetValues<DayOfWeek>()));

        Assert.Contains("every day of the week is excluded", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_AnnualClosuresCoveringTheYear_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BusinessCalendar(closures:
            [new AnnualClosure(new MonthDay(1, 1), new MonthDay(6, 30)), new AnnualClosure(new MonthDay(7, 1), new MonthDay(12, 31))]));

        Assert.Contains("the annual closures cover the whole year", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OnlyHolidaysLeftOpen_Throws()
    {
        // Open on 1 January only, which is always a holiday.
        var ex = Assert.Throws<ArgumentException>(() => French(new AnnualClosure(new MonthDay(1, 2), new MonthDay(12, 31))));

        Assert.Contains("leave no working day in any year", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OnlyTwentyNinthOfFebruaryOpen_IsValid()
    {
        var calendar = new BusinessCalendar(closures: [new AnnualClosure(new MonthDay(3, 1), new MonthDay(2, 28))]);

        Assert.Equal(new DateOnly(2028, 2, 29), calendar.NextWorkingDay(new DateOnly(2028, 1, 1)));
    }

    [Fact]
    public void NextWorkingDay_ClosedForLongerThanTheSearch_ThrowsNoWorkingDayException()
    {
        var calendar = new BusinessCalendar(closures: [new DateRangeClosure(new DateOnly(2025, 1, 1), new DateOnly(2026, 6, 30))]);

        var ex = Assert.Throws<NoWorkingDayException>(() => calendar.NextWorkingDay(new DateOnly(2025, 3, 1)));

        Assert.Equal(new DateOnly(2025, 3, 1), ex.From);
        Assert.Contains("No working day in the 366 days from 2025-03-01", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 7, 1), calendar.NextWorkingDay(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Constructor_DateRangeEndingBeforeItStarts_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DateRangeClosure(new DateOnly(2025, 5, 9), new DateOnly(2025, 5, 1)));
    }

    [Theory]
    [InlineData("08-01", true)]
    [InlineData("02-29", true)]
    [InlineData("12-31", true)]
    [InlineData("02-30", false)]
    [InlineData("13-01", false)]
    [InlineData("00-10", false)]
    [InlineData("8-1", false)]
    [InlineData("2025-08-01", false)]
    [InlineData("+8-01", false)]
    public void TryParse_MonthDayText_AcceptsOnlyRealMonthDays(string text, bool expected)
    {
        Assert.Equal(expected, MonthDay.TryParse(text, out var monthDay));
        if (expected)
        {
            Assert.Equal(text, monthDay.ToString());
        }
    }

    [Fact]
    public void Equals_SameRules_IsTrue()
    {
        Assert.Equal(French(August, Christmas), French(new AnnualClosure(new MonthDay(8, 1), new MonthDay(8, 31), "Summer closure"), Christmas));
        Assert.NotEqual(French(August), French(Christmas));
        Assert.NotEqual(French(), new BusinessCalendar(BusinessCalendar.Weekend));
    }
}
