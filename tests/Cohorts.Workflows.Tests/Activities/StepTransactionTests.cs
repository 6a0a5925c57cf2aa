using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Activities;

/// <summary>
/// One commit per step, the domain's rows included: a step that dies between its activities' writes and the engine's
/// (<see cref="FlakyInstanceStore"/> fails after the activities wrote in the step's transaction) leaves nothing of
/// either, so the decision can be made again; and a decision recorded with its signal owed in the outbox always
/// reaches its workflow.
/// </summary>
public sealed class StepTransactionTests
{
    private static Activity[] ScreenedJourney => [new Intake(), new Screening(), new AssignCoach(), new CoachingSession { At = "2025-01-13T10:00" }];

    private static Activity[] ReviewJourney => [new Intake(), new MilestoneReview { Name = "Mid-term review", Offset = IsoDuration.FromMonths(6), Reviewer = ReviewerRole.Manager }];

    [Fact]
    public async Task Screening_StepDiesBeforeItsCommit_WritesNoDomainRowAndTheDecisionCanBeMadeAgain()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(FlakyInstanceStore.Decorate);
        var acme = (await Seed.LaunchAsync(harness, ScreenedJourney)).Company("Acme Industrie");
        var store = harness.Get<FlakyInstanceStore>();
        store.FailNextCommit(new IOException("killed between the domain's writes and the engine's"));

        await Assert.ThrowsAsync<IOException>(() => harness.Screening.DecideAsync(acme.Id, "accepted", null, "claire@example.org"));

        // Screening (status), AssignCoach (coach) and CoachingSession (session n°1) all wrote in the step: none of it stays.
        var company = await Seed.CompanyAsync(harness, acme.Id);
        Assert.Equal((CompanyStatus.Applied, (Guid?)null, (string?)null), (company.Status, company.CoachId, company.ScreenedBy));
        Assert.Empty(await Seed.SessionsOfAsync(harness, acme.Id));
        var waiting = Assert.Single((await harness.InstanceAsync(acme.Id)).State.Bookmarks);
        Assert.Equal(("screening-decided", BookmarkKind.Signal), (waiting.Name, waiting.Kind));

        // The client's retry is an ordinary first decision.
        var result = await harness.Screening.DecideAsync(acme.Id, "accepted", null, "claire@example.org");

        Assert.Equal(1, result.ResumedCount);
        company = await Seed.CompanyAsync(harness, acme.Id);
        Assert.Equal((CompanyStatus.Active, "claire@example.org"), (company.Status, company.ScreenedBy));
        Assert.NotNull(company.CoachId);
        Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
    }

    [Fact]
    public async Task Screening_DecidedTwice_TheSecondIsAConflictNamingTheDecisionAndWhoMadeIt()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, ScreenedJourney)).Company("Acme Industrie");
        await harness.Screening.DecideAsync(acme.Id, "rejected", "Not innovative enough.", "claire@example.org");

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Screening.DecideAsync(acme.Id, "accepted", null, "paul@example.org"));

        Assert.True(error.IsConflict);
        Assert.Equal("companyId", error.Field);
        Assert.Contains("was screened already: Rejected, by claire@example.org, on 2025-01-06", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MilestoneDecision_SignalLostToACrash_TheSweepResumesTheWorkflowOnce()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(FlakyInstanceStore.Decorate);
        var (acme, milestone) = await ArrangeReviewAsync(harness);
        harness.Get<FlakyInstanceStore>().FailNextCommit(new IOException("killed after the decision's commit"));

        // The decision and its owed signal committed together; the delivery's step died: the answer still says recorded.
        var decision = await harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Passed));

        Assert.Equal(MilestoneOutcome.Passed, decision.Outcome);
        Assert.Empty(await harness.OutcomesAsync(acme, "MilestoneReview"));
        Assert.Equal(1, await harness.Get<SignalOutbox>().CountAsync());

        // The back-off passes; the host's sweep delivers it, once.
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await harness.Get<SignalOutbox>().DeliverDueAsync());
        Assert.Equal(0, await harness.Get<SignalOutbox>().DeliverDueAsync());

        Assert.Equal(["Passed"], await harness.OutcomesAsync(acme, "MilestoneReview"));
        Assert.Equal(WorkflowStatus.Completed, (await harness.InstanceAsync(acme)).Status);
    }

    [Fact]
    public async Task MilestoneDecision_KilledRightAfterTheStepThatAppliedIt_OwesNoSecondDelivery()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(FlakyInstanceStore.Decorate);
        var (acme, milestone) = await ArrangeReviewAsync(harness);
        harness.Get<FlakyInstanceStore>().FailAfterNextCommit(new IOException("killed right after the step's commit"));

        await harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Passed));

        // The outbox row went with the step that applied its signal: nothing is left to deliver again.
        Assert.Equal(["Passed"], await harness.OutcomesAsync(acme, "MilestoneReview"));
        Assert.Equal(0, await harness.Get<SignalOutbox>().CountAsync());
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await harness.Get<SignalOutbox>().DeliverDueAsync());
        Assert.Equal(WorkflowStatus.Completed, (await harness.InstanceAsync(acme)).Status);
    }

    [Fact]
    public async Task MilestoneDecision_RetriedAfterALostAnswer_IsAConflictNamingTheDecisionAndResumesTheWorkflow()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(FlakyInstanceStore.Decorate);
        var (acme, milestone) = await ArrangeReviewAsync(harness);
        harness.Get<FlakyInstanceStore>().FailNextCommit(new IOException("killed after the decision's commit"));
        await harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Passed) { DecidedBy = "Claire Dubois" });

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Passed) { DecidedBy = "Claire Dubois" }));

        Assert.True(error.IsConflict);
        Assert.Contains("was decided already: Passed, by Claire Dubois", error.Message, StringComparison.Ordinal);
        Assert.Equal(["Passed"], await harness.OutcomesAsync(acme, "MilestoneReview"));
        Assert.Equal(0, await harness.Get<SignalOutbox>().CountAsync());
    }

    [Fact]
    public async Task Reminder_TimerStepDiesBeforeItsCommit_RecordsNoNotificationUntilTheTimerFiresAgain()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(FlakyInstanceStore.Decorate);
        var journey = new Activity[] { new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), new CoachingSession { At = "2025-01-13T10:00", RemindAfter = IsoDuration.FromDays(2) } };
        var acme = (await Seed.LaunchAsync(harness, journey, plan: Seed.Plan(companies: [new("Acme Industrie", "industry", 40, "Chartres", "contact@acme.example", ["industry"])]))).Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        var remindAt = session.PlannedAt.AddDays(2);
        await harness.RunTimersUntilAsync(remindAt.AddMinutes(-1));
        harness.Clock.SetUtcNow(remindAt);
        var store = harness.Get<FlakyInstanceStore>();
        store.FailNextCommit(new IOException("killed while reminding"));

        await harness.Runtime.TriggerDueTimersAsync();

        Assert.Equal(1, store.FailedCommits);
        Assert.Empty(await Seed.NotificationsAsync(harness));
        Assert.Null((await Seed.SessionsOfAsync(harness, acme.Id))[0].RemindedAt);

        await harness.Runtime.TriggerDueTimersAsync();

        var reminder = Assert.Single(await Seed.NotificationsAsync(harness));
        Assert.Equal(NotificationKind.OutcomeReminder, reminder.Kind);
        Assert.NotNull((await Seed.SessionsOfAsync(harness, acme.Id))[0].RemindedAt);
    }

    private static async Task<(Guid Company, Milestone Milestone)> ArrangeReviewAsync(WorkflowsHarness harness)
    {
        var cohort = await Seed.LaunchAsync(harness, ReviewJourney);
        var acme = cohort.Company("Acme Industrie").Id;
        await using var db = await harness.OpenDbAsync();
        return (acme, await db.Milestones.AsNoTracking().SingleAsync(m => m.CompanyId == acme));
    }
}
