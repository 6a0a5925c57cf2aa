using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Tests.Time;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Definitions;

public sealed class CalendarFormatTests
{
    private const string Delay = """{ "type": "Delay", "duration": "P1D" }""";

    // Laid out as DefinitionWriter writes it.
    private const string WithCalendar = """
        {
          "format": 1,
          "id": "boost-innovation",
          "name": "Boost Innovation",
          "timeZone": "Europe/Paris",
          "calendar": {
            "excludeWeekends": true,
            "holidays": "FR",
            "closures": [
              {
                "from": "08-01",
                "to": "08-31",
                "name": "Summer closure"
              },
              {
                "from": "12-24",
                "to": "01-01",
                "name": "Christmas break"
              },
              {
                "from": "2025-04-14",
                "to": "2025-04-18"
              }
            ]
          },
          "root": {
            "type": "Repeat",
            "id": "monthly-session",
            "count": 6,
            "every": "P1M",
            "from": "2025-01-06T10:00",
            "body": {
              "type": "WaitUntil",
              "id": "review",
              "at": "2025-07-01",
              "skipCalendar": true
            }
          }
        }
        """;

    private readonly ActivityRegistry _registry = new();

    public static TheoryData<string, string, string> BadCalendars => new()
    {
        { "5", "$.calendar", "expected a calendar object such as { \"excludeWeekends\": true, \"holidays\": \"FR\" }, found the number 5" },
        { """{ "weekends": true }""", "$.calendar.weekends", "unknown property: a calendar has excludeWeekends, excludedDays, holidays, closures" },
        { """{ "excludeWeekends": "yes" }""", "$.calendar.excludeWeekends", "expected true or false, found the string \"yes\"" },
        { """{ "excludedDays": "Saturday" }""", "$.calendar.excludedDays", "expected an array of days such as [\"Saturday\", \"Sunday\"]" },
        { """{ "excludedDays": ["Saturday", "Funday"] }""", "$.calendar.excludedDays[1]", "expected a day of the week such as \"Saturday\", found the string \"Funday\"" },
        { """{ "excludeWeekends": true, "excludedDays": ["Wednesday"] }""", "$.calendar.excludedDays", "give either excludeWeekends or excludedDays, not both" },
        { """{ "holidays": "XX" }""", "$.calendar.holidays", "unknown holiday set 'XX': known sets are FR" },
        { """{ "holidays": 33 }""", "$.calendar.holidays", "expected the name of a holiday set (FR), found the number 33" },
        { """{ "closures": { "from": "08-01" } }""", "$.calendar.closures", "expected an array of closures" },
        { """{ "closures": [ "August" ] }""", "$.calendar.closures[0]", "expected a closure object" },
        { """{ "closures": [ { "from": "08-01", "to": "08-31", "until": "09-01" } ] }""", "$.calendar.closures[0].until", "unknown property: a closure has from, to, name" },
        { """{ "closures": [ { "from": "08-01" } ] }""", "$.calendar.closures[0].to", "missing: a closure needs from and to" },
        { """{ "closures": [ { "from": "08-01", "to": "08-31" }, { "from": "13-24", "to": "01-01" } ] }""", "$.calendar.closures[1].from", "expected a month-day such as \"08-01\" (every year) or a date such as \"2025-12-24\" (once), found the string \"13-24\"" },
        { """{ "closures": [ { "from": "02-30", "to": "03-02" } ] }""", "$.calendar.closures[0].from", "expected a month-day such as \"08-01\"" },
        { """{ "closures": [ { "from": "08-01", "to": 31 } ] }""", "$.calendar.closures[0].to", "found the number 31" },
        { """{ "closures": [ { "from": "08-01", "to": "2025-08-31" } ] }""", "$.calendar.closures[0].to", "expected a month-day such as \"08-31\", as from is one" },
        { """{ "closures": [ { "from": "2025-08-01", "to": "08-31" } ] }""", "$.calendar.closures[0].to", "expected a date such as \"2026-01-02\", as from is one" },
        { """{ "closures": [ { "from": "2026-01-02", "to": "2025-12-22" } ] }""", "$.calendar.closures[0].to", "must not be before from (2026-01-02)" },
        { """{ "closures": [ { "from": "08-01", "to": "08-31", "name": 8 } ] }""", "$.calendar.closures[0].name", "expected a string, found the number 8" },
        { """{ "excludedDays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] }""", "$.calendar", "every day of the week is excluded: a calendar needs at least one working day" },
        { """{ "closures": [ { "from": "01-01", "to": "12-31" } ] }""", "$.calendar", "the annual closures cover the whole year" },
        { """{ "excludeWeekends": true, "holidays": "FR", "closures": [ { "from": "01-02", "to": "12-31" } ] }""", "$.calendar", "leave no working day in any year" },
    };

    [Fact]
    public void ReadThenWrite_DefinitionWithCalendar_GivesSameJson()
    {
        var result = DefinitionReader.Read(WithCalendar, _registry);

        Assert.Empty(result.Problems);
        Assert.Equal(WithCalendar, DefinitionWriter.Write(result.Definition!, _registry));
    }

    [Fact]
    public void Read_DefinitionWithCalendar_BindsTheCalendar()
    {
        var definition = DefinitionReader.Read(WithCalendar, _registry).GetDefinitionOrThrow();

        var calendar = Assert.IsType<BusinessCalendar>(definition.Calendar);
        Assert.True(calendar.ExcludesWeekends);
        Assert.Same(FrenchPublicHolidays.Instance, calendar.Holidays);
        Assert.Equal(
            new ClosurePeriod[]
            {
                new AnnualClosure(new MonthDay(8, 1), new MonthDay(8, 31), "Summer closure"),
                new AnnualClosure(new MonthDay(12, 24), new MonthDay(1, 1), "Christmas break"),
                new DateRangeClosure(new DateOnly(2025, 4, 14), new DateOnly(2025, 4, 18)),
            },
            calendar.Closures);
        Assert.True(Assert.IsType<WaitUntil>(definition.FindActivity("review")).SkipCalendar);
        Assert.False(Assert.IsType<Repeat>(definition.Root).SkipCalendar);
    }

    [Fact]
    public void Write_OtherExcludedDays_WritesThemMondayFirstAndReadsThemBack()
    {
        var definition = WorkflowBuilder.Create("part-time", "Part time")
            .WithCalendar(new BusinessCalendar([DayOfWeek.Sunday, DayOfWeek.Wednesday, DayOfWeek.Saturday]))
            .Then(new Delay { Duration = IsoDuration.FromDays(1) })
            .Build(_registry);

        var json = DefinitionWriter.Write(definition, _registry);
        var read = DefinitionReader.Read(json, _registry).GetDefinitionOrThrow();

        Assert.Contains("""
              "calendar": {
                "excludedDays": [
                  "Wednesday",
                  "Saturday",
                  "Sunday"
                ]
              },
            """.Replace("\r\n", "\n", StringComparison.Ordinal), json, StringComparison.Ordinal);
        Assert.Equal(definition.Calendar, read.Calendar);
    }

    [Fact]
    public void Write_NoCalendar_LeavesItOut()
    {
        var definition = WorkflowBuilder.Create("every-day", "Every day").Then(new Delay { Duration = IsoDuration.FromDays(1) }).Build(_registry);

        Assert.DoesNotContain("calendar", DefinitionWriter.Write(definition, _registry), StringComparison.Ordinal);
        Assert.Null(definition.Calendar);
    }

    [Theory]
    [InlineData("""{ "excludeWeekends": false }""")]
    [InlineData("""{ "holidays": "fr", "closures": [] }""")]
    [InlineData("{}")]
    public void Read_CalendarWithDefaults_ExcludesOnlyWhatItSays(string calendar)
    {
        var json = DefinitionReaderTests.Doc(Delay, extra: $"\"calendar\": {calendar},");

        var read = DefinitionReader.Read(json, _registry).GetDefinitionOrThrow().Calendar;

        Assert.NotNull(read);
        Assert.Empty(read.ExcludedDays);
        Assert.Empty(read.Closures);
    }

    [Theory]
    [MemberData(nameof(BadCalendars))]
    public void Read_BadCalendar_ReportsTheProblemAtItsPath(string calendar, string path, string message)
    {
        var json = DefinitionReaderTests.Doc(Delay, extra: $"\"calendar\": {calendar},");

        var result = DefinitionReader.Read(json, _registry);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DefinitionReadMode.Strict)]
    [InlineData(DefinitionReadMode.Lenient)]
    public void Read_SeveralCalendarProblems_ReportsAllOfThemInEitherMode(DefinitionReadMode mode)
    {
        const string Calendar = """
            { "excludeWeekends": true, "holidays": "BE", "closures": [ { "from": "08-01", "to": "08-31" }, { "from": "12-32", "to": "01-01" } ] }
            """;
        var json = DefinitionReaderTests.Doc(Delay, extra: $"\"calendar\": {Calendar},");

        var result = DefinitionReader.Read(json, _registry, mode);

        Assert.Equal(["$.calendar.holidays", "$.calendar.closures[1].from"], result.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Read_UnknownDocumentProperty_ListsCalendarAmongTheKnownOnes()
    {
        var json = DefinitionReaderTests.Doc(Delay, extra: "\"owner\": \"me\",");

        var problem = Assert.Single(DefinitionReader.Read(json, _registry).Problems);

        Assert.Contains("timeZone, calendar, variables, root", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBuild_HolidaySetTheFormatDoesNotKnow_ReportsItAtTheCalendarPath()
    {
        var result = WorkflowBuilder.Create("abroad", "Abroad")
            .WithCalendar(new BusinessCalendar(BusinessCalendar.Weekend, new FixedHolidays("XX", new DateOnly(2025, 10, 3))))
            .Then(new Delay { Duration = IsoDuration.FromDays(1) })
            .TryBuild(_registry);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.calendar.holidays", problem.Path);
        Assert.StartsWith("unknown holiday set 'XX': known sets are FR", problem.Message, StringComparison.Ordinal);
    }
}
