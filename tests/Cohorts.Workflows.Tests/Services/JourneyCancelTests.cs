using Cohorts.Engine.Activities;
using Cohorts.Engine.InstanceMigration;
using Cohorts.Engine.Instances;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parallel = Cohorts.Engine.Activities.Parallel;

namespace Cohorts.Workflows.Tests.Services;

public sealed class JourneyCancelTests
{
    private static CompanyApplication[] OneCompany => [new("Acme Industrie", "industry", 40, "Chartres", "contact@acme.example", ["industry"])];

    private static Activity[] Journey =>
    [
        new Intake(),
        new Screening { AutoAccept = true },
        new AssignCoach(),
        new Parallel { Branches = [new CoachingSession { At = "2025-02-03T10:00" }, new MilestoneReview { Name = "Mid-term review", At = "2025-03-03" }] },
    ];

    [Fact]
    public async Task CancelAsync_CompanyJourney_CancelsItsSessionsAndMilestonesWithTheStepAndAudits()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey, plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");

        var result = await harness.Runtime.CancelAsync(acme.Id, "The company closed.", "manager@example.org", CancellationToken.None);

        Assert.Equal(WorkflowStatus.Cancelled, result.Status);
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        Assert.Equal((true, "The company closed.", "manager@example.org"), (session.IsCancelled, session.ChangeReason, session.CancelledBy));
        await using var db = await harness.OpenDbAsync();
        var milestone = Assert.Single(await db.Milestones.AsNoTracking().Where(m => m.CompanyId == acme.Id).ToListAsync());
        Assert.Equal((MilestoneOutcome.Cancelled, "The company closed."), (milestone.FinalDecision!.Outcome, milestone.FinalDecision.Reason));
        var audit = Assert.Single(await db.AuditEntries.AsNoTracking().Where(e => e.Action == "journey.cancelled").ToListAsync());
        Assert.Equal(("manager@example.org", acme.Id), (audit.Actor, audit.CompanyId!.Value));
        Assert.Empty((await harness.InstanceAsync(acme.Id)).State.Bookmarks);
    }

    [Fact]
    public async Task WithdrawAsync_DroppedOut_ItsMilestoneIsCancelledWithTheReasonGivenAlone()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey, plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");

        await harness.Get<CompanyChangeService>().WithdrawAsync(acme.Id, "Moved to another region.", droppedOut: true, "manager@example.org");

        await using var db = await harness.OpenDbAsync();
        var milestone = Assert.Single(await db.Milestones.AsNoTracking().Where(m => m.CompanyId == acme.Id).ToListAsync());
        Assert.Equal((MilestoneOutcome.Cancelled, "Moved to another region."), (milestone.FinalDecision!.Outcome, milestone.FinalDecision.Reason));
    }

    [Fact]
    public async Task CancelAsync_TheStepFailsAfterTheDomainWrote_NothingIsCancelled()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(services => services.AddSingleton<IInstanceChangeParticipant, FailingParticipant>());
        var acme = (await Seed.LaunchAsync(harness, Journey, plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Runtime.CancelAsync(acme.Id, "The company closed.", "manager@example.org", CancellationToken.None));

        Assert.Equal(WorkflowStatus.Suspended, (await harness.InstanceAsync(acme.Id)).Status);
        Assert.False(Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id)).IsCancelled);
        await using var db = await harness.OpenDbAsync();
        Assert.Null(Assert.Single(await db.Milestones.AsNoTracking().Where(m => m.CompanyId == acme.Id).ToListAsync()).FinalDecision);
        Assert.DoesNotContain(await db.AuditEntries.AsNoTracking().ToListAsync(), e => e.Action == "journey.cancelled");
    }

    [Fact]
    public async Task DecideAsync_CancelledAsAVerdict_IsRefused()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey, plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        await using var db = await harness.OpenDbAsync();
        var milestone = Assert.Single(await db.Milestones.AsNoTracking().Where(m => m.CompanyId == acme.Id).ToListAsync());

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Cancelled, "No")));

        Assert.Equal("outcome", error.Field);
    }

    /// <summary>Registered after the domain's participant, it fails the step once the domain has written its rows.</summary>
    private sealed class FailingParticipant : IInstanceChangeParticipant
    {
        public Task OnChangingAsync(InstanceChange change, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Failing after the domain wrote.");
    }
}
