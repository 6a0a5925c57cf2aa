using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.DependencyInjection;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Tests.Runtime;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Time;

/// <summary>Repeat and WaitUntil move occurrences that land on excluded days, at the same local time.</summary>
public sealed class CalendarScheduleTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static readonly BusinessCalendar FrenchWithAugust = new(
        BusinessCalendar.Weekend,
        FrenchPublicHolidays.Instance,
        [new AnnualClosure(new MonthDay(8, 1), new MonthDay(8, 31), "Summer closure")]);

    // Monthly on the 6th at 10:00 Paris time, from Monday 6 January 2025; each moved from its own nominal date.
    private static readonly DateTimeOffset[] MonthlySessions =
    [
        Utc(2025, 1, 6, 9),   // Monday
        Utc(2025, 2, 6, 9),   // Thursday
        Utc(2025, 3, 6, 9),   // Thursday
        Utc(2025, 4, 7, 8),   // Sunday 6 → Monday, summer time
        Utc(2025, 5, 6, 8),   // Tuesday: not the 7th, April's move does not carry over
        Utc(2025, 6, 6, 8),   // Friday
        Utc(2025, 7, 7, 8),   // Sunday 6 → Monday
        Utc(2025, 9, 1, 8),   // Wednesday 6 August, closed → Monday 1 September
        Utc(2025, 9, 8, 8),   // Saturday 6 → Monday
        Utc(2025, 10, 6, 8),  // Monday
        Utc(2025, 11, 6, 9),  // Thursday, winter time
        Utc(2025, 12, 8, 9),  // Saturday 6 → Monday
    ];

    [Fact]
    public void OccurrenceAt_MonthlyWithCalendar_MovesEachOccurrenceFromItsNominalDate()
    {
        var repeat = MonthlyRepeat();
        var anchor = new DateTimeOffset(2025, 1, 6, 10, 0, 0, TimeSpan.FromHours(1));

        var due = Enumerable.Range(0, 12).Select(n => repeat.OccurrenceAt(anchor, n, Paris, FrenchWithAugust));

        Assert.Equal(MonthlySessions, due);
    }

    [Fact]
    public void OccurrenceAt_SkipCalendar_KeepsNominalDates()
    {
        var repeat = new Repeat { Count = 12, Every = IsoDuration.FromMonths(1), From = "2025-01-06T10:00", SkipCalendar = true, Body = new Sequence() };
        var anchor = new DateTimeOffset(2025, 1, 6, 10, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(Utc(2025, 4, 6, 8), repeat.OccurrenceAt(anchor, 3, Paris, FrenchWithAugust));
        Assert.Equal(Utc(2025, 8, 6, 8), repeat.OccurrenceAt(anchor, 7, Paris, FrenchWithAugust));
    }

    [Fact]
    public async Task RunTimersUntilAsync_MonthlyRepeatWithCalendar_FiresOnWorkingDaysAtTenLocal()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(Builder("monthly-sessions", FrenchWithAugust).WithRoot(MonthlyRepeat()));

        var started = await harness.Runtime.StartAsync(definition);
        var fired = await harness.RunTimersUntilAsync(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(MonthlySessions, fired);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal(11, instance.State.Variables["session"]!.GetValue<int>());
    }

    [Fact]
    public async Task RunTimersUntilAsync_MonthlyRepeatSkippingCalendar_FiresOnNominalDates()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var repeat = new Repeat { Count = 12, Every = IsoDuration.FromMonths(1), From = "2025-01-06T10:00", SkipCalendar = true, Body = new Sequence() };
        var definition = await harness.PublishAsync(Builder("nominal-sessions", FrenchWithAugust).WithRoot(repeat));

        await harness.Runtime.StartAsync(definition);
        var fired = await harness.RunTimersUntilAsync(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(12, fired.Count);
        Assert.Equal(Utc(2025, 4, 6, 8), fired[3]);
        Assert.Equal(Utc(2025, 8, 6, 8), fired[7]);
    }

    [Fact]
    public async Task RunTimersUntilAsync_RepeatUntilAMovedOccurrence_EndsBeforeIt()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var repeat = new Repeat { Every = IsoDuration.FromMonths(1), From = "2025-01-06T10:00", Until = "2025-12-07", Body = new Sequence() };
        var definition = await harness.PublishAsync(Builder("until", FrenchWithAugust).WithRoot(repeat));

        await harness.Runtime.StartAsync(definition);
        var fired = await harness.RunTimersUntilAsync(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

        // Saturday 6 December moves to Monday 8 December, after until: the Repeat ends with November's session.
        Assert.Equal(MonthlySessions[..11], fired);
    }

    [Fact]
    public async Task StartAsync_RepeatWithoutScheduleOnASaturday_RunsAtOnce()
    {
        await using var harness = await EngineHarness.CreateAsync();
        harness.Clock.SetUtcNow(Utc(2025, 1, 11, 9)); // a Saturday
        var definition = await harness.PublishAsync(Builder("loop", FrenchWithAugust)
            .WithRoot(new Repeat { Count = 3, IndexVariable = "i", Body = new Sequence() }));

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(WorkflowStatus.Completed, started.Status);
        Assert.Empty(started.Bookmarks);
    }

    [Theory]
    [InlineData(false, 2)] // Labour Day, Thursday 1 May → Friday 2 May
    [InlineData(true, 1)]
    public async Task StartAsync_WaitUntilAHoliday_WaitsUntilTheNextWorkingDayUnlessSkipped(bool skipCalendar, int day)
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(Builder("review", FrenchWithAugust)
            .WithRoot(new WaitUntil { At = "2025-05-01T10:00", SkipCalendar = skipCalendar }));

        var started = await harness.Runtime.StartAsync(definition);

        var due = Utc(2025, 5, day, 8);
        Assert.Equal(due, Assert.Single(started.Bookmarks).DueAt);
        Assert.Equal([due], await harness.RunTimersUntilAsync(Utc(2025, 12, 31, 0)));
    }

    [Fact]
    public async Task StartAsync_WaitUntilAPastHolidayMovedToTheFuture_Waits()
    {
        await using var harness = await EngineHarness.CreateAsync();
        harness.Clock.SetUtcNow(Utc(2025, 5, 1, 12)); // Labour Day, after 10:00
        var definition = await harness.PublishAsync(Builder("late", FrenchWithAugust)
            .WithRoot(new WaitUntil { At = "2025-05-01T10:00" }));

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(Utc(2025, 5, 2, 8), Assert.Single(started.Bookmarks).DueAt);
    }

    [Fact]
    public async Task StartAsync_DelayOverAWeekend_IsElapsedTimeAndNotMoved()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(Builder("delay", FrenchWithAugust)
            .WithRoot(new Delay { Duration = IsoDuration.FromDays(5) }));

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(EngineHarness.Start.AddDays(5), Assert.Single(started.Bookmarks).DueAt); // Saturday 11 January
    }

    [Fact]
    public async Task StartAsync_CustomActivityShiftingThroughItsContext_UsesTheDefinitionsCalendarAndZone()
    {
        await using var harness = await EngineHarness.CreateAsync(services => services.AddCohortsActivity<WorkingDaySession>());
        var definition = await harness.PublishAsync(Builder("custom", FrenchWithAugust)
            .WithRoot(new WorkingDaySession { At = "2025-03-29T10:00" })); // a Saturday, the day before summer time

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(Utc(2025, 3, 31, 8), Assert.Single(started.Bookmarks).DueAt); // Monday 10:00 summer time
    }

    [Fact]
    public void WithVersion_DefinitionWithCalendar_KeepsTheCalendar()
    {
        var definition = Builder("versioned", FrenchWithAugust).WithRoot(new Sequence()).Build(new ActivityRegistry());

        Assert.Same(FrenchWithAugust, definition.Calendar);
        Assert.Same(FrenchWithAugust, definition.WithVersion(3).Calendar);
    }

    private static Repeat MonthlyRepeat() => new()
    {
        Id = "monthly-session",
        Count = 12,
        Every = IsoDuration.FromMonths(1),
        From = "2025-01-06T10:00",
        IndexVariable = "session",
        Body = new Sequence(),
    };

    private static WorkflowBuilder Builder(string id, BusinessCalendar calendar) =>
        WorkflowBuilder.Create(id, id).InTimeZone("Europe/Paris").WithCalendar(calendar);

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);
}
