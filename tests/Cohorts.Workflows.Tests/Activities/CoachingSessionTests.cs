using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Activities;

public sealed class CoachingSessionTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(1);

    private static Activity[] Journey(CoachingSession session) => [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), session];

    private static CompanyApplication[] OneCompany => [new("Acme Industrie", "industry", 40, "Chartres", "contact@acme.example", ["industry"])];

    [Fact]
    public async Task Execute_AtASaturday_PlansTheSessionOnMondayWithTheCompanysCoachAndWaits()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var cohort = await Seed.LaunchAsync(harness, Journey(new CoachingSession { Title = "Kick-off with ${companyName}", At = "2025-01-11T10:00", Location = "Chartres" }), plan: Seed.Plan(companies: OneCompany));

        var acme = cohort.Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        Assert.Equal(
            (SessionKind.Coaching, "Kick-off with Acme Industrie", new DateTimeOffset(2025, 1, 13, 10, 0, 0, Paris), (Guid?)cohort.Coach("Alice Durand").Id, "Chartres"),
            (session.Kind, session.Title, session.PlannedAt, session.CoachId, session.Location));
        Assert.Equal([acme.Id], session.CompanyIds);
        Assert.Equal($"{acme.Id}/", session.PlanKey![..37]);
        Assert.Equal(session.Id.ToString(), (string?)await harness.VariableAsync(acme.Id, "lastSessionId"));
        var bookmarks = (await harness.InstanceAsync(acme.Id)).State.Bookmarks;
        Assert.Equal(("session-recorded", $"session-{session.Id}"), (bookmarks[0].Name, bookmarks[0].CorrelationKey));
        Assert.Equal(
            [new DateTimeOffset(2025, 1, 15, 10, 0, 0, Paris), new DateTimeOffset(2025, 1, 20, 10, 0, 0, Paris)],
            bookmarks.Where(b => b.Kind == BookmarkKind.Timer).Select(b => b.DueAt!.Value));
    }

    [Fact]
    public async Task Execute_TheCoachTakenEveryDayForSixWeeks_PlansTheSessionInTheFirstFreeSlotAfter()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var journey = new Activity[]
        {
            new Intake(), new Screening { AutoAccept = true }, new AssignCoach(),
            new Delay { Duration = IsoDuration.FromDays(1) },
            new CoachingSession { At = "2025-01-13T10:00", Location = "Chartres" },
        };
        var cohort = await Seed.LaunchAsync(harness, journey, plan: Seed.Plan(companies: OneCompany));

        // The cohort's events (which its coaches attend) fill every working hour from 13 January to 21 February.
        await using (var db = await harness.OpenDbAsync())
        {
            for (var day = new DateTime(2025, 1, 13); day <= new DateTime(2025, 2, 21); day = day.AddDays(1))
            {
                var taken = new Session(Guid.NewGuid(), cohort.CohortId, SessionKind.Workshop, "Atelier", new DateTimeOffset(day.AddHours(8), Paris), null, "CCI");
                taken.Last(TimeSpan.FromHours(10));
                db.Sessions.Add(taken);
            }

            await db.SaveChangesAsync();
        }

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 12, 12, 0, 0, Paris));

        var session = Assert.Single(await Seed.SessionsOfAsync(harness, cohort.Company("Acme Industrie").Id), s => s.Kind == SessionKind.Coaching);
        Assert.Equal(new DateTimeOffset(2025, 2, 24, 10, 0, 0, Paris), session.PlannedAt);
    }

    [Fact]
    public async Task Execute_AtVariableWithOffsetAndSkipCalendar_KeepsTheWeekend()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var cohort = await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "cohortStart", Offset = IsoDuration.FromDays(5), SkipCalendar = true }), plan: Seed.Plan(companies: OneCompany));

        var session = Assert.Single(await Seed.SessionsOfAsync(harness, cohort.Company("Acme Industrie").Id));
        Assert.Equal(("Coaching session", new DateTimeOffset(2025, 1, 11, 9, 0, 0, Paris)), (session.Title, session.PlannedAt));
    }

    [Fact]
    public async Task RecordOutcome_BeforeAnyTimer_CompletesHeldAndDropsTheTimers()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "2025-01-13T10:00" }), plan: Seed.Plan(companies: OneCompany));
        var acme = cohort.Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 13, 12, 0, 0, Paris));

        var result = await harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(session));

        Assert.Equal(1, result.ResumedCount);
        Assert.Equal(["Held"], await harness.OutcomesAsync(acme.Id, "CoachingSession"));
        var instance = await harness.InstanceAsync(acme.Id);
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Empty(instance.State.Bookmarks);
        Assert.Null(await harness.Runtime.GetNextTimerDueAtAsync());
        var recorded = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        Assert.Equal(("coach", "Went well."), (recorded.Outcome!.RecordedBy, recorded.Outcome.Notes));
        Assert.Null(recorded.RemindedAt);
        Assert.Empty(await Seed.NotificationsAsync(harness));
    }

    [Fact]
    public async Task LateOutcome_RemindsTheCoachThenEscalatesThenCompletesWhenRecorded()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "2025-01-13T10:00" }), plan: Seed.Plan(companies: OneCompany));
        var acme = cohort.Company("Acme Industrie");
        var remindAt = new DateTimeOffset(2025, 1, 15, 10, 0, 0, Paris);
        var escalateAt = new DateTimeOffset(2025, 1, 20, 10, 0, 0, Paris);

        Assert.Equal([remindAt], await harness.RunTimersUntilAsync(remindAt));
        var reminded = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        Assert.Equal((remindAt, (DateTimeOffset?)null), (reminded.RemindedAt, reminded.EscalatedAt));
        var reminder = Assert.Single(await Seed.NotificationsAsync(harness));
        Assert.Equal((NotificationKind.OutcomeReminder, "alice@coaches.example", (Guid?)reminded.Id), (reminder.Kind, reminder.Recipient, reminder.SessionId));
        Assert.Equal(WorkflowStatus.Suspended, (await harness.InstanceAsync(acme.Id)).Status);

        Assert.Equal([escalateAt], await harness.RunTimersUntilAsync(escalateAt.AddDays(30)));
        var escalated = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        Assert.Equal(escalateAt, escalated.EscalatedAt);
        var notifications = await Seed.NotificationsAsync(harness);
        Assert.Equal(
            [(NotificationKind.OutcomeReminder, "alice@coaches.example"), (NotificationKind.OutcomeEscalation, "programme manager")],
            notifications.Select(n => (n.Kind, n.Recipient)));
        // No timer left: it waits for the outcome (or for the session to move or be cancelled).
        var waiting = (await harness.InstanceAsync(acme.Id)).State.Bookmarks;
        Assert.Equal(["session-cancelled", "session-recorded", "session-rescheduled"], waiting.Select(b => b.Name).Order());

        await harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(escalated));

        Assert.Equal(["Held"], await harness.OutcomesAsync(acme.Id, "CoachingSession"));
        Assert.Equal(WorkflowStatus.Completed, (await harness.InstanceAsync(acme.Id)).Status);
    }

    [Fact]
    public async Task ReminderTimer_OutcomeRecordedButSignalLost_CompletesHeldWithoutReminding()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "2025-01-13T10:00" }), plan: Seed.Plan(companies: OneCompany));
        var acme = cohort.Company("Acme Industrie");
        await using (var db = await harness.OpenDbAsync())
        {
            var session = db.Sessions.Single();
            session.RecordOutcome(new SessionOutcome(WorkflowsHarness.Start, "coach", [], "", [], null));
            await db.SaveChangesAsync();
        }

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 2, 1, 0, 0, 0, Paris));

        Assert.Equal(["Held"], await harness.OutcomesAsync(acme.Id, "CoachingSession"));
        Assert.Empty(await Seed.NotificationsAsync(harness));
    }

    [Fact]
    public async Task Execute_NoCoach_FaultsSayingToAssignOneFirst()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var cohort = await Seed.LaunchAsync(harness, [new Intake(), new CoachingSession()], plan: Seed.Plan(companies: OneCompany));

        var acme = cohort.Company("Acme Industrie");
        Assert.Equal(["Acme Industrie has no coach yet: run AssignCoach before a CoachingSession."], await harness.IncidentsAsync(acme.Id));
    }
}
