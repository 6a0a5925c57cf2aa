using Cohorts.Engine.Activities;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Activities;

public sealed class RecurringSessionsTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    private static CompanyApplication[] OneCompany => [new("Acme Industrie", "industry", 40, "Chartres", "contact@acme.example", ["industry"])];

    private static Activity[] Journey(RecurringSessions recurring) => [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), recurring];

    [Fact]
    public async Task Execute_WeeklyOverEaster_MovesTheHolidayOccurrenceOnlyAndStartsEachWithoutWaiting()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var recurring = new RecurringSessions
        {
            Every = IsoDuration.FromDays(7),
            Count = 4,
            From = "2025-04-14T10:00",
            Body = new CoachingSession { At = "plannedAt", Title = "Session ${occurrence + 1}" },
        };
        var acme = (await Seed.LaunchAsync(harness, Journey(recurring), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 5, 6, 0, 0, 0, Summer));

        // No outcome was recorded: the bodies overlap, and Easter Monday (21 April) moved to Tuesday without moving the next.
        var sessions = await Seed.SessionsOfAsync(harness, acme.Id);
        Assert.Equal(
            [
                ("Session 1", new DateTimeOffset(2025, 4, 14, 10, 0, 0, Summer)),
                ("Session 2", new DateTimeOffset(2025, 4, 22, 10, 0, 0, Summer)),
                ("Session 3", new DateTimeOffset(2025, 4, 28, 10, 0, 0, Summer)),
                ("Session 4", new DateTimeOffset(2025, 5, 5, 10, 0, 0, Summer)),
            ],
            sessions.Select(s => (s.Title, s.PlannedAt)));
        Assert.All(sessions, s => Assert.Null(s.Outcome));
        var instance = await harness.InstanceAsync(acme.Id);
        Assert.Equal(4, instance.State.Executions.Count(e => e.ActivityId == recurring.Body.Id));
        Assert.Equal(3, (int?)instance.State.Variables["occurrence"]);
        Assert.Equal("2025-05-05T10:00:00+02:00", (string?)instance.State.Variables["plannedAt"]);
    }

    [Fact]
    public async Task Execute_TitleTemplates_FilledAsJavaScriptWould()
    {
        // The body's title takes the C# path for ${occurrence + 1} and ${occurrence}; the follow-up's has another
        // placeholder, so it goes to the engine's JavaScript: both read as JavaScript's template literal reads them.
        await using var harness = await WorkflowsHarness.CreateAsync();
        var recurring = new RecurringSessions
        {
            Every = IsoDuration.FromDays(7),
            Count = 1,
            From = "2025-04-14T10:00",
            Body = new CoachingSession { At = "plannedAt", Title = "N°${occurrence + 1} (index ${occurrence}), $${occurrence + 1} \\ `x`" },
            FollowUp = new CoachingSession { At = "plannedAt", Title = "Retour ${occurrence + 1} sur ${2 * 2}" },
            FollowUpAfter = IsoDuration.FromDays(1),
        };
        var acme = (await Seed.LaunchAsync(harness, Journey(recurring), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 4, 20, 0, 0, 0, Summer));

        var sessions = await Seed.SessionsOfAsync(harness, acme.Id);
        Assert.Equal(["N°1 (index 0), $1 \\ `x`", "Retour 1 sur 4"], sessions.OrderBy(s => s.PlannedAt).Select(s => s.Title));
    }

    [Fact]
    public async Task Execute_AllBodiesHeld_CompletesOnceEveryOccurrenceStartedAndFinished()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var recurring = new RecurringSessions { Every = IsoDuration.FromDays(7), Count = 2, From = "cohortStart", Body = new CoachingSession { At = "plannedAt" } };
        var acme = (await Seed.LaunchAsync(harness, Journey(recurring), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        var first = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));

        await harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(first));
        Assert.Equal(WorkflowStatus.Suspended, (await harness.InstanceAsync(acme.Id)).Status); // the second has not started

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 13, 9, 0, 0, Winter));
        var second = (await Seed.SessionsOfAsync(harness, acme.Id))[1];
        await harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(second));

        Assert.Equal(["Done"], await harness.OutcomesAsync(acme.Id, "RecurringSessions"));
        Assert.Equal(WorkflowStatus.Completed, (await harness.InstanceAsync(acme.Id)).Status);
    }

    [Fact]
    public async Task Execute_MonthlyUntilADate_EndsAtTheDateAndKeepsDayOfMonthFromTheAnchor()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var recurring = new RecurringSessions { Every = IsoDuration.FromMonths(1), Until = "2025-06-30", Offset = IsoDuration.FromTime(TimeSpan.FromHours(1)), Body = new CoachingSession { At = "plannedAt" } };
        var acme = (await Seed.LaunchAsync(harness, Journey(recurring), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 12, 31, 0, 0, 0, Winter));

        // From cohortStart (Monday 6 January, 09:00) + 1 hour; 6 April is a Sunday (moved to Monday), 6 July is past the end.
        Assert.Equal(
            [
                new DateTimeOffset(2025, 1, 6, 10, 0, 0, Winter),
                new DateTimeOffset(2025, 2, 6, 10, 0, 0, Winter),
                new DateTimeOffset(2025, 3, 6, 10, 0, 0, Winter),
                new DateTimeOffset(2025, 4, 7, 10, 0, 0, Summer),
                new DateTimeOffset(2025, 5, 6, 10, 0, 0, Summer),
                new DateTimeOffset(2025, 6, 6, 10, 0, 0, Summer),
            ],
            (await Seed.SessionsOfAsync(harness, acme.Id)).Select(s => s.PlannedAt));
    }

    [Fact]
    public async Task Execute_AnchorInThePast_StartsEveryDueOccurrenceAtOnce()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var recurring = new RecurringSessions { Every = IsoDuration.FromDays(7), Count = 4, From = "2024-12-16T10:00", Body = new CoachingSession { At = "plannedAt" } };
        var acme = (await Seed.LaunchAsync(harness, Journey(recurring), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");

        await harness.RunTimersUntilAsync(WorkflowsHarness.Start);

        Assert.Equal(
            [
                new DateTimeOffset(2024, 12, 16, 10, 0, 0, Winter),
                new DateTimeOffset(2024, 12, 23, 10, 0, 0, Winter),
                new DateTimeOffset(2024, 12, 30, 10, 0, 0, Winter),
            ],
            (await Seed.SessionsOfAsync(harness, acme.Id)).Select(s => s.PlannedAt));
        Assert.Equal(WorkflowsHarness.Start, harness.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Execute_WithFollowUp_StartsEachFollowUpItsDelayAfterItsOccurrence()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var openLab = new RecurringSessions
        {
            Every = IsoDuration.FromMonths(1),
            Count = 2,
            From = "2025-03-04T18:00",
            Body = new CollectiveEvent { Kind = SessionKind.Conference, Title = "OpenLab #${occurrence + 1}" },
            FollowUp = new CollectiveEvent { Kind = SessionKind.Feedback, Title = "Cold feedback #${occurrence + 1}" },
            FollowUpAfter = IsoDuration.FromDays(14),
        };
        var cohort = await Seed.LaunchAsync(harness, [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), new WaitForSignal { Signal = "never" }], [openLab]);

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 4, 30, 0, 0, 0, Summer));

        var events = await Seed.AllSessionsAsync(harness);
        Assert.Equal(
            [
                ("OpenLab #1", SessionKind.Conference, new DateTimeOffset(2025, 3, 4, 18, 0, 0, Winter)),
                ("Cold feedback #1", SessionKind.Feedback, new DateTimeOffset(2025, 3, 18, 18, 0, 0, Winter)),
                ("OpenLab #2", SessionKind.Conference, new DateTimeOffset(2025, 4, 4, 18, 0, 0, Summer)),
                ("Cold feedback #2", SessionKind.Feedback, new DateTimeOffset(2025, 4, 18, 18, 0, 0, Summer)),
            ],
            events.Select(e => (e.Title, e.Kind, e.PlannedAt)));
        Assert.All(events, e => Assert.Equal(cohort.Companies.Select(c => c.Id).Order(), e.CompanyIds.Order()));

        foreach (var held in events)
        {
            await harness.Sessions.RecordOutcomeAsync(Attend.ByOrganiser(held, visitors: 40));
        }

        Assert.Equal(WorkflowStatus.Completed, (await harness.InstanceAsync(cohort.CohortId)).Status);
    }

    [Fact]
    public async Task Execute_PlanAhead_CreatesEachSessionThatLongBeforeItsTimeAndTheFirstOnesAtLaunch()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var recurring = new RecurringSessions
        {
            Every = IsoDuration.FromDays(7),
            Count = 4,
            From = "2025-01-08T10:00",
            PlanAhead = IsoDuration.FromDays(14),
            Body = new CoachingSession { At = "plannedAt", Title = "Session ${occurrence + 1}" },
        };
        var acme = (await Seed.LaunchAsync(harness, Journey(recurring), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        async Task<IEnumerable<(string, DateTimeOffset)>> PlannedAsync() => (await Seed.SessionsOfAsync(harness, acme.Id)).Select(s => (s.Title, s.PlannedAt));

        // Launched on Monday 6 January at 09:00: the sessions of 8 and 15 January are inside the fortnight, so they
        // are planned at once (the second on a timer due now), with their own future times.
        await harness.RunTimersUntilAsync(WorkflowsHarness.Start);
        Assert.Equal(WorkflowsHarness.Start, harness.Clock.GetUtcNow());
        Assert.Equal([("Session 1", new DateTimeOffset(2025, 1, 8, 10, 0, 0, Winter)), ("Session 2", new DateTimeOffset(2025, 1, 15, 10, 0, 0, Winter))], await PlannedAsync());

        // The third (22 January) is planned a fortnight before, to the minute; the fourth likewise.
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 8, 9, 59, 0, Winter));
        Assert.Equal(2, (await PlannedAsync()).Count());
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 8, 10, 0, 0, Winter));
        Assert.Equal(("Session 3", new DateTimeOffset(2025, 1, 22, 10, 0, 0, Winter)), (await PlannedAsync()).Last());
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 15, 10, 0, 0, Winter));
        Assert.Equal(("Session 4", new DateTimeOffset(2025, 1, 29, 10, 0, 0, Winter)), (await PlannedAsync()).Last());

        // The count still ends it, and the reminders still follow each session's own time (two days after it).
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 3, 31, 0, 0, 0, Summer));
        var sessions = await Seed.SessionsOfAsync(harness, acme.Id);
        Assert.Equal(4, sessions.Count);
        Assert.Equal(4, (await harness.InstanceAsync(acme.Id)).State.Executions.Count(e => e.ActivityId == recurring.Body.Id));
        Assert.Equal(sessions.Select(s => s.PlannedAt.AddDays(2)), sessions.Select(s => s.RemindedAt!.Value));
        Assert.Equal(
            sessions.Select(s => s.Id),
            (await Seed.NotificationsAsync(harness)).Where(n => n.Kind == NotificationKind.OutcomeReminder).OrderBy(n => n.CreatedAt).Select(n => n.SessionId!.Value));
    }

    [Fact]
    public async Task Execute_PlanAheadWithFollowUp_PlansEachFollowUpAheadOfItsOwnTime()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var openLab = new RecurringSessions
        {
            Every = IsoDuration.FromMonths(1),
            Count = 2,
            From = "2025-03-04T18:00",
            PlanAhead = IsoDuration.FromMonths(1),
            Body = new CollectiveEvent { Kind = SessionKind.Conference, Title = "OpenLab #${occurrence + 1}" },
            FollowUp = new CollectiveEvent { Kind = SessionKind.Feedback, Title = "Cold feedback #${occurrence + 1}" },
            FollowUpAfter = IsoDuration.FromDays(14),
        };
        var cohort = await Seed.LaunchAsync(harness, [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), new WaitForSignal { Signal = "never" }], [openLab]);
        async Task<string[]> TitlesAsync() => [.. (await Seed.AllSessionsAsync(harness)).Select(e => e.Title)];

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 2, 4, 17, 59, 0, Winter));
        Assert.Empty(await TitlesAsync());
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 2, 4, 18, 0, 0, Winter));
        Assert.Equal(["OpenLab #1"], await TitlesAsync());
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 2, 18, 18, 0, 0, Winter));
        Assert.Equal(["OpenLab #1", "Cold feedback #1"], await TitlesAsync());
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 3, 4, 18, 0, 0, Winter));
        Assert.Equal(["OpenLab #1", "Cold feedback #1", "OpenLab #2"], await TitlesAsync());
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 3, 18, 18, 0, 0, Winter));

        // The calendar is the one planned without planAhead, and recording each outcome once held completes it.
        var events = await Seed.AllSessionsAsync(harness);
        Assert.Equal(
            [
                ("OpenLab #1", new DateTimeOffset(2025, 3, 4, 18, 0, 0, Winter)),
                ("Cold feedback #1", new DateTimeOffset(2025, 3, 18, 18, 0, 0, Winter)),
                ("OpenLab #2", new DateTimeOffset(2025, 4, 4, 18, 0, 0, Summer)),
                ("Cold feedback #2", new DateTimeOffset(2025, 4, 18, 18, 0, 0, Summer)),
            ],
            events.Select(e => (e.Title, e.PlannedAt)));
        foreach (var held in events)
        {
            await harness.RunTimersUntilAsync(held.PlannedAt);
            await harness.Sessions.RecordOutcomeAsync(Attend.ByOrganiser(held, visitors: 40));
        }

        Assert.Equal(WorkflowStatus.Completed, (await harness.InstanceAsync(cohort.CohortId)).Status);
    }

    [Fact]
    public async Task Execute_PlanAheadUntilADate_PlansTheSameOccurrencesEarlier()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var recurring = new RecurringSessions
        {
            Every = IsoDuration.FromMonths(1),
            Until = "2025-06-30",
            Offset = IsoDuration.FromTime(TimeSpan.FromHours(1)),
            PlanAhead = IsoDuration.FromDays(21),
            Body = new CoachingSession { At = "plannedAt" },
        };
        var acme = (await Seed.LaunchAsync(harness, Journey(recurring), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");

        // The last occurrence (6 June) is planned on 16 May; 6 July, past the end, never is.
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 5, 16, 10, 0, 0, Summer));
        DateTimeOffset[] planned =
        [
            new(2025, 1, 6, 10, 0, 0, Winter),
            new(2025, 2, 6, 10, 0, 0, Winter),
            new(2025, 3, 6, 10, 0, 0, Winter),
            new(2025, 4, 7, 10, 0, 0, Summer),
            new(2025, 5, 6, 10, 0, 0, Summer),
            new(2025, 6, 6, 10, 0, 0, Summer),
        ];
        Assert.Equal(planned, (await Seed.SessionsOfAsync(harness, acme.Id)).Select(s => s.PlannedAt));
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 12, 31, 0, 0, 0, Winter));
        Assert.Equal(planned, (await Seed.SessionsOfAsync(harness, acme.Id)).Select(s => s.PlannedAt));
    }

    [Fact]
    public async Task Execute_PlanAheadStepCrashesBeforeItsCommit_TheStepRunAgainPlansNoDuplicate()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(FlakyInstanceStore.Decorate);
        var recurring = new RecurringSessions
        {
            Every = IsoDuration.FromDays(7),
            Count = 3,
            From = "2025-01-08T10:00",
            PlanAhead = IsoDuration.FromDays(14),
            Body = new CoachingSession { At = "plannedAt" },
        };
        var acme = (await Seed.LaunchAsync(harness, Journey(recurring), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        await harness.RunTimersUntilAsync(WorkflowsHarness.Start);
        var store = harness.Get<FlakyInstanceStore>();
        store.FailNextCommit(new IOException("The disk went away."));

        // On 8 January the timer step planning the third session writes its row, then dies before the engine commits;
        // the timer is still due, so the scheduler runs the step again, which finds the row by its plan key.
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 8, 10, 0, 0, Winter));
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 2, 28, 0, 0, 0, Winter));

        Assert.Equal(1, store.FailedCommits);

        Assert.Equal(
            [new DateTimeOffset(2025, 1, 8, 10, 0, 0, Winter), new DateTimeOffset(2025, 1, 15, 10, 0, 0, Winter), new DateTimeOffset(2025, 1, 22, 10, 0, 0, Winter)],
            (await Seed.SessionsOfAsync(harness, acme.Id)).Select(s => s.PlannedAt));
        var waitedOn = (await harness.InstanceAsync(acme.Id)).State.Bookmarks.Where(b => b.Name == "session-recorded").Select(b => b.CorrelationKey);
        Assert.Equal((await Seed.SessionsOfAsync(harness, acme.Id)).Select(s => $"session-{s.Id}").Order(), waitedOn.Order());
    }

    [Theory]
    [InlineData("\"-P14D\"", "expected an ISO 8601 duration")]
    [InlineData("\"two weeks\"", "expected an ISO 8601 duration")]
    [InlineData("14", "expected an ISO 8601 duration")]
    [InlineData("\"P0D\"", "must be longer than zero")]
    public void Read_BadPlanAhead_ReportsItsPath(string planAhead, string message)
    {
        var registry = new ActivityRegistry().Register<RecurringSessions>().Register<CoachingSession>();
        var json = $$"""
            { "format": 1, "id": "ahead", "name": "Ahead", "root": {
              "type": "RecurringSessions", "every": "P1M", "count": 2, "planAhead": {{planAhead}},
              "body": { "type": "CoachingSession", "at": "plannedAt" } } }
            """;

        var problem = Assert.Single(Engine.Definitions.DefinitionReader.Read(json, registry).Problems);

        Assert.Equal("$.root.planAhead", problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    /// <summary>A count of a billion was published (the fuzz): at most 1,000, as the list of occurrences and a Repeat.</summary>
    [Fact]
    public void Read_CountPastTheMostOccurrences_ReportsItsPath()
    {
        var registry = new ActivityRegistry().Register<RecurringSessions>().Register<CoachingSession>();
        const string Json = """
            { "format": 1, "id": "many", "name": "Many", "root": {
              "type": "RecurringSessions", "every": "P1D", "count": 1000000000,
              "body": { "type": "CoachingSession", "at": "plannedAt" } } }
            """;

        var problem = Assert.Single(Engine.Definitions.DefinitionReader.Read(Json, registry).Problems);

        Assert.Equal(("$.root.count", "count 1,000,000,000 is more than the 1,000 occurrences a recurrence may have"), (problem.Path, problem.Message));
        Assert.Empty(Engine.Definitions.DefinitionReader.Read(Json.Replace("1000000000", "1000", StringComparison.Ordinal), registry).Problems);
    }

    [Fact]
    public void Build_WithoutAnEndOrFollowUpDelay_ListsTheProblems()
    {
        var registry = new ActivityRegistry().Register<RecurringSessions>().Register<CoachingSession>();
        var builder = Engine.Definitions.WorkflowBuilder.Create("bad", "Bad")
            .Then(new RecurringSessions { Every = IsoDuration.Zero, From = "not a date!", Body = new CoachingSession(), FollowUp = new CoachingSession() });

        var error = Assert.Throws<InvalidDefinitionException>(() => builder.Build(registry));

        Assert.Equal(
            ["$.root.activities[0].count", "$.root.activities[0].every", "$.root.activities[0].followUpAfter", "$.root.activities[0].from"],
            error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }
}
