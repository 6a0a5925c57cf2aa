using System.Globalization;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Workflows.Tests.Text;

public sealed class HumanTextTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    // Monday 6 January 2025, 09:00 in Paris (08:00 UTC).
    private static readonly DateTimeOffset Now = new(2025, 1, 6, 9, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("en-GB", 3, "in 3 days")]
    [InlineData("fr-FR", 3, "dans 3\u00A0jours")]
    [InlineData("en-GB", 1, "tomorrow")]
    [InlineData("fr-FR", 1, "demain")]
    [InlineData("en-GB", -1, "yesterday")]
    [InlineData("fr-FR", -1, "hier")]
    [InlineData("en-GB", -14, "2 weeks ago")]
    [InlineData("fr-FR", -14, "il y a 2\u00A0semaines")]
    [InlineData("en-GB", 10, "in 10 days")]
    [InlineData("fr-FR", 20, "dans 2\u00A0semaines")]
    public void Relative_DaysAway_SaysItAsAPersonWould(string culture, int days, string expected) =>
        Assert.Equal(expected, Text(culture).Relative(Now.AddDays(days)));

    [Theory]
    [InlineData("en-GB", "in 3 months")]
    [InlineData("fr-FR", "dans 3\u00A0mois")]
    public void Relative_SameDayThreeMonthsAhead_CountsCalendarMonths(string culture, string expected) =>
        Assert.Equal(expected, Text(culture).Relative(new DateTimeOffset(2025, 4, 6, 9, 0, 0, TimeSpan.FromHours(2))));

    [Theory]
    [InlineData("en-GB", "in 1 year")]
    [InlineData("fr-FR", "dans 1\u00A0an")]
    public void Relative_ThirteenMonthsAhead_CountsWholeYears(string culture, string expected) =>
        Assert.Equal(expected, Text(culture).Relative(Now.AddMonths(13)));

    [Theory]
    [InlineData("en-GB", 3, "in 3 hours")]
    [InlineData("fr-FR", 3, "dans 3\u00A0heures")]
    [InlineData("en-GB", 0, "now")]
    [InlineData("fr-FR", 0, "maintenant")]
    public void Relative_LaterToday_CountsHours(string culture, int hours, string expected) =>
        Assert.Equal(expected, Text(culture).Relative(Now.AddHours(hours)));

    [Theory]
    [InlineData("en-GB", -14, "2 weeks overdue")]
    [InlineData("fr-FR", -14, "en retard de 2\u00A0semaines")]
    [InlineData("en-GB", -1, "1 day overdue")]
    [InlineData("fr-FR", -1, "en retard de 1\u00A0jour")]
    [InlineData("en-GB", 5, "due in 5 days")]
    [InlineData("fr-FR", 5, "prévu dans 5\u00A0jours")]
    public void Due_DeadlineDaysAway_SaysOverdueOrDue(string culture, int days, string expected) =>
        Assert.Equal(expected, Text(culture).Due(Now.AddDays(days)));

    [Theory]
    [InlineData("en-GB", "due today")]
    [InlineData("fr-FR", "prévu aujourd’hui")]
    public void Due_LaterToday_SaysToday(string culture, string expected) =>
        Assert.Equal(expected, Text(culture).Due(Now.AddHours(2)));

    [Fact]
    public void Due_InTheNextCalendarMonth_CountsFromTheInjectedClock()
    {
        var clock = new FakeTimeProvider(Now);
        var text = new HumanText(CultureInfo.GetCultureInfo("en-GB"), clock, Paris);
        var dueAt = Now.AddMonths(1);
        Assert.Equal("due in 1 month", text.Due(dueAt));

        clock.Advance(TimeSpan.FromDays(45));
        Assert.Equal("2 weeks overdue", text.Due(dueAt));
    }

    [Theory]
    [InlineData("en-GB", 31, "due in 1 month")]
    [InlineData("en-GB", 44, "due in 1 month")]
    [InlineData("en-GB", 45, "due in 6 weeks")]
    [InlineData("en-GB", 56, "due in 8 weeks")]
    [InlineData("fr-FR", 56, "prévu dans 8\u00A0semaines")]
    [InlineData("en-GB", 62, "due in 2 months")]
    public void Due_BetweenOneAndTwoMonths_SaysWeeksPastAMonthAndTwoWeeks(string culture, int days, string expected) =>
        Assert.Equal(expected, Text(culture).Due(Now.AddDays(days)));

    [Theory]
    [InlineData("en-GB", 3, "3 months")]
    [InlineData("fr-FR", 3, "3\u00A0mois")]
    [InlineData("en-GB", 1, "1 month")]
    [InlineData("fr-FR", 1, "1\u00A0mois")]
    [InlineData("en-GB", 12, "1 year")]
    [InlineData("fr-FR", 36, "3\u00A0ans")]
    [InlineData("en-GB", 18, "1 year and 6 months")]
    [InlineData("fr-FR", 18, "1\u00A0an et 6\u00A0mois")]
    public void Months_SaysYearsAndMonths(string culture, int months, string expected) =>
        Assert.Equal(expected, Text(culture).Months(months));

    [Theory]
    [InlineData("en-GB", "P1Y6M2D", "1 year, 6 months and 2 days")]
    [InlineData("fr-FR", "P1Y6M2D", "1\u00A0an, 6\u00A0mois et 2\u00A0jours")]
    [InlineData("en-GB", "P2W", "2 weeks")]
    [InlineData("fr-FR", "P2W", "2\u00A0semaines")]
    [InlineData("en-GB", "PT1H30M", "1 hour and 30 minutes")]
    [InlineData("fr-FR", "PT1H30M", "1\u00A0heure et 30\u00A0minutes")]
    public void Duration_IsoDuration_SaysEachUnit(string culture, string iso, string expected) =>
        Assert.Equal(expected, Text(culture).Duration(IsoDuration.Parse(iso)));

    [Theory]
    [InlineData("en-GB", "2 days and 3 hours")]
    [InlineData("fr-FR", "2\u00A0jours et 3\u00A0heures")]
    public void Duration_ElapsedTime_SaysDaysAndHours(string culture, string expected) =>
        Assert.Equal(expected, Text(culture).Duration(TimeSpan.FromHours(51)));

    [Theory]
    [InlineData("en-GB", 17, DomainNoun.Company, "17 companies")]
    [InlineData("fr-FR", 17, DomainNoun.Company, "17\u00A0entreprises")]
    [InlineData("en-GB", 1, DomainNoun.Session, "1 session")]
    [InlineData("fr-FR", 1, DomainNoun.Session, "1\u00A0séance")]
    [InlineData("en-GB", 3, DomainNoun.Coach, "3 coaches")]
    [InlineData("fr-FR", 3, DomainNoun.Coach, "3\u00A0coachs")]
    [InlineData("en-GB", 2, DomainNoun.Milestone, "2 milestones")]
    [InlineData("fr-FR", 2, DomainNoun.Milestone, "2\u00A0jalons")]
    [InlineData("en-GB", 30, DomainNoun.Event, "30 events")]
    [InlineData("fr-FR", 30, DomainNoun.Event, "30\u00A0événements")]
    [InlineData("en-GB", 0, DomainNoun.Company, "0 companies")]
    [InlineData("fr-FR", 0, DomainNoun.Company, "0\u00A0entreprise")]
    [InlineData("en-GB", 40, DomainNoun.Workshop, "40 workshops")]
    [InlineData("fr-FR", 40, DomainNoun.Workshop, "40\u00A0ateliers")]
    [InlineData("en-GB", 17, DomainNoun.Journey, "17 journeys")]
    [InlineData("fr-FR", 17, DomainNoun.Journey, "17\u00A0parcours")]
    [InlineData("fr-FR", 1, DomainNoun.Journey, "1\u00A0parcours")]
    public void Count_NumberAndNoun_AgreeInEachLanguage(string culture, int count, DomainNoun noun, string expected) =>
        Assert.Equal(expected, Text(culture).Count(count, noun));

    [Fact]
    public void Count_Thousands_UseTheCulturesGroupSeparator()
    {
        Assert.Equal("2,500 visitors", Text("en-GB").Count(2500, DomainNoun.Visitor));

        // French separates thousands with a (narrow) no-break space, as the ICU version has it.
        Assert.Matches("^2[\u00A0\u202F]500\u00A0visiteurs$", Text("fr-FR").Count(2500, DomainNoun.Visitor));
    }

    [Theory]
    [InlineData("en-GB", 17, DomainNoun.Company, "seventeen companies")]
    [InlineData("fr-FR", 17, DomainNoun.Company, "dix-sept entreprises")]
    [InlineData("fr-FR", 1, DomainNoun.Session, "une séance")]
    [InlineData("fr-FR", 1, DomainNoun.Milestone, "un jalon")]
    public void CountInWords_Gender_AgreesInFrench(string culture, int count, DomainNoun noun, string expected) =>
        Assert.Equal(expected, Text(culture).CountInWords(count, noun));

    [Theory]
    [InlineData("en-GB", 6, "6 January 2025")]
    [InlineData("fr-FR", 6, "6\u00a0janvier\u00a02025")]
    [InlineData("fr-FR", 1, "1er\u00a0janvier\u00a02025")]
    [InlineData("en-GB", 1, "1 January 2025")]
    public void Date_Day_WritesDayMonthYear(string culture, int day, string expected) =>
        Assert.Equal(expected, Text(culture).Date(new DateOnly(2025, 1, day)));

    [Theory]
    [InlineData("en-GB", "January 2027", "Jan 2027")]
    [InlineData("fr-FR", "janvier\u00a02027", "janv.\u00a02027")]
    public void Month_WritesMonthAndYear(string culture, string expected, string expectedShort)
    {
        Assert.Equal(expected, Text(culture).Month(new DateOnly(2027, 1, 1)));
        Assert.Equal(expectedShort, Text(culture).ShortMonth(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void Date_Instant_IsTheLocalDateInTheProgrammesZone()
    {
        // 23:30 UTC on 31 December is already 1 January in Paris.
        Assert.Equal("1er\u00a0janvier\u00a02025", Text("fr-FR").Date(new DateTimeOffset(2024, 12, 31, 23, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("en-GB", 9, 30, "09:30")]
    [InlineData("fr-FR", 9, 30, "9\u00A0h\u00A030")]
    [InlineData("en-GB", 10, 0, "10:00")]
    [InlineData("fr-FR", 10, 0, "10\u00A0h")]
    [InlineData("fr-FR", 17, 5, "17\u00A0h\u00A005")]
    [InlineData("fr-FR", 0, 0, "0\u00A0h")]
    public void Time_TimeOfDay_IsWrittenAsTheReaderWritesIt(string culture, int hour, int minute, string expected) =>
        Assert.Equal(expected, Text(culture).Time(new TimeOnly(hour, minute)));

    [Fact]
    public void Time_Instant_IsTheLocalTimeInTheProgrammesZone()
    {
        // 08:30 UTC in July is 10:30 in Paris (summer time), 09:30 in January.
        Assert.Equal("10\u00A0h\u00A030", Text("fr-FR").Time(new DateTimeOffset(2025, 7, 1, 8, 30, 0, TimeSpan.Zero)));
        Assert.Equal("09:30", Text("en-GB").Time(new DateTimeOffset(2025, 1, 6, 8, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("en-GB", "1 February 2027 at 18:00")]
    [InlineData("fr-FR", "1er\u00A0février\u00A02027 à 18\u00A0h")]
    public void DateAndTime_Instant_IsTheLocalDateAndTimeJoinedInTheReadersWords(string culture, string expected) =>
        Assert.Equal(expected, Text(culture).DateAndTime(new DateTimeOffset(2027, 2, 1, 17, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void DateAndTime_LateEveningInUtc_IsTheNextDayInTheProgrammesZone() =>
        Assert.Equal("7 January 2025 at 00:30", Text("en-GB").DateAndTime(new DateTimeOffset(2025, 1, 6, 23, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Percent_Target_FollowsTheCulture()
    {
        Assert.Equal("80%", Text("en-GB").Percent(80m));

        // French puts a narrow no-break space before the sign, so that "80" and "%" stay on one line.
        Assert.Equal("80\u202F%", Text("fr-FR").Percent(80m));
    }

    [Fact]
    public void Share_ToTheHundredth_FollowsTheCulture()
    {
        Assert.Equal("33.33%", Text("en-GB").Share(0.3333m));
        Assert.Equal("50%", Text("en-GB").Share(0.5m));
        Assert.Equal("33,33\u202F%", Text("fr-FR").Share(0.3333m));
        Assert.Equal("100\u202F%", Text("fr-FR").Share(1m));
    }

    [Fact]
    public void Relative_OtherLanguage_FallsBackToEnglish() =>
        Assert.Equal("in 3 days", Text("de-DE").Relative(Now.AddDays(3)));

    private static HumanText Text(string culture) => new(CultureInfo.GetCultureInfo(culture), new FakeTimeProvider(Now), Paris);

    [Theory]
    [InlineData("en", "EUR", "€200,000")]
    [InlineData("fr", "EUR", "200\u202f000\u202f€")]
    [InlineData("en", "CHF", "CHF200,000")]
    public void Money_WholeAmount_UsesTheCulturesGroupingAndTheCurrencySymbol(string culture, string currency, string expected)
    {
        var text = new HumanText(CultureInfo.GetCultureInfo(culture), TimeProvider.System);

        Assert.Equal(expected, text.Money(200_000m, currency));
    }
}
