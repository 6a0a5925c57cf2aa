using Cohorts.Engine.Activities;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Activities;

public sealed class CollectiveEventTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(1);

    private static Activity[] Journey => [new Intake(), new Screening(), new WaitForSignal { Signal = "never" }];

    private static Activity[] Networking =>
    [
        new WaitForSignal { Signal = "go" },
        new CollectiveEvent { Kind = SessionKind.Networking, Title = "Happy Innov", At = "2025-02-06T18:30", Location = "Chartres", ExpectedVisitors = 60, Organiser = "CCI team" },
    ];

    [Fact]
    public async Task Execute_AfterScreening_ExpectsTheAcceptedCompaniesOnly()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey, Networking);
        await harness.Screening.DecideAsync(cohort.Company("Acme Industrie").Id, "accepted", null);
        await harness.Screening.DecideAsync(cohort.Company("Boulangerie Martin").Id, "rejected", "Not innovative enough");

        await harness.Runtime.SignalAsync("go", cohort.CohortId.ToString());

        var happyInnov = Assert.Single(await Seed.AllSessionsAsync(harness));
        Assert.Equal(
            (SessionKind.Networking, "Happy Innov", new DateTimeOffset(2025, 2, 6, 18, 30, 0, Paris), (Guid?)null, "CCI team", "Chartres", (int?)60),
            (happyInnov.Kind, happyInnov.Title, happyInnov.PlannedAt, happyInnov.CoachId, happyInnov.Organiser, happyInnov.Location, happyInnov.ExpectedVisitors));
        Assert.Equal([cohort.Company("Acme Industrie").Id], happyInnov.CompanyIds);
        Assert.Equal(happyInnov.Id.ToString(), (string?)await harness.VariableAsync(cohort.CohortId, "lastSessionId"));
    }

    [Fact]
    public async Task Screening_AcceptedAfterTheEventWasPlanned_ExpectsTheCompanyThere()
    {
        // Planned ahead at launch, before any screening: the companies accepted afterwards are expected too.
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey, [Networking[1]]);
        Assert.Empty(Assert.Single(await Seed.AllSessionsAsync(harness)).CompanyIds);

        await harness.Screening.DecideAsync(cohort.Company("Acme Industrie").Id, "accepted", null);
        await harness.Screening.DecideAsync(cohort.Company("Boulangerie Martin").Id, "rejected", "Not innovative enough");

        Assert.Equal([cohort.Company("Acme Industrie").Id], Assert.Single(await Seed.AllSessionsAsync(harness)).CompanyIds);
    }

    [Fact]
    public async Task RecordOutcome_AttendancePerCompany_CompletesHeld()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, [new Intake(), new Screening { AutoAccept = true }, new WaitForSignal { Signal = "never" }], Networking);
        await harness.Runtime.SignalAsync("go", cohort.CohortId.ToString());
        var happyInnov = Assert.Single(await Seed.AllSessionsAsync(harness));
        await harness.RunTimersUntilAsync(happyInnov.PlannedAt); // it has taken place
        var report = new SessionOutcomeReport(
            happyInnov.Id,
            null,
            "CCI team",
            [new Attendance(cohort.Company("Acme Industrie").Id, true), new Attendance(cohort.Company("Boulangerie Martin").Id, false)],
            Visitors: 58);

        await harness.Sessions.RecordOutcomeAsync(report);

        Assert.Equal(["Held"], await harness.OutcomesAsync(cohort.CohortId, "CollectiveEvent"));
        Assert.Equal(WorkflowStatus.Completed, (await harness.InstanceAsync(cohort.CohortId)).Status);
        var held = Assert.Single(await Seed.AllSessionsAsync(harness));
        Assert.Equal((58, 2), (held.Outcome!.Visitors, held.Outcome.Attendance.Count));
    }

    [Fact]
    public async Task RecordOutcome_ByACoach_IsRefused()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey, Networking);
        await harness.Runtime.SignalAsync("go", cohort.CohortId.ToString());
        var happyInnov = Assert.Single(await Seed.AllSessionsAsync(harness));

        var report = Attend.ByOrganiser(happyInnov) with { CoachId = cohort.Coach("Alice Durand").Id };
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Sessions.RecordOutcomeAsync(report));

        Assert.Equal("sessionId", error.Field);
        Assert.Contains("is a collective event", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LateOutcome_RemindsTheOrganiserThenEscalates()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey, Networking);
        await harness.Runtime.SignalAsync("go", cohort.CohortId.ToString());

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 3, 1, 0, 0, 0, Paris));

        Assert.Equal(
            [(NotificationKind.OutcomeReminder, "CCI team"), (NotificationKind.OutcomeEscalation, "programme manager")],
            (await Seed.NotificationsAsync(harness)).Select(n => (n.Kind, n.Recipient)));
        Assert.Equal(WorkflowStatus.Suspended, (await harness.InstanceAsync(cohort.CohortId)).Status);
    }

    [Fact]
    public void Build_KindCoaching_IsAProblem()
    {
        var registry = new ActivityRegistry().Register<CollectiveEvent>();
        var builder = Engine.Definitions.WorkflowBuilder.Create("bad", "Bad").Then(new CollectiveEvent { Kind = SessionKind.Coaching, ExpectedVisitors = -1 });

        var error = Assert.Throws<InvalidDefinitionException>(() => builder.Build(registry));

        Assert.Equal(["$.root.activities[0].expectedVisitors", "$.root.activities[0].kind"], error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }
}
