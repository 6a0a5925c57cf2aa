using Cohorts.Engine.Activities;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Activities;

/// <summary>A step that runs again (a lost concurrency race, a crash before its commit) plans its rows once.</summary>
public sealed class ReplayTests
{
    private static Activity[] Journey =>
    [
        new Intake(),
        new Screening { AutoAccept = true },
        new AssignCoach(),
        new WaitForSignal { Signal = "go" },
        new Engine.Activities.Parallel
        {
            Branches =
            [
                new CoachingSession { At = "2025-01-20T10:00" },
                new MilestoneReview { Name = "Mid-term review", Offset = IsoDuration.FromMonths(6) },
                new CollectiveEvent { Kind = SessionKind.Workshop, At = "2025-01-21T14:00" },
            ],
        },
    ];

    private static CompanyApplication[] OneCompany => [new("Acme Industrie", "industry", 40, "Chartres", "contact@acme.example", ["industry"])];

    [Fact]
    public async Task Step_CommitLosesAConcurrencyRace_TheReplayFindsTheRowsItPlanned()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(FlakyInstanceStore.Decorate);
        var acme = (await Seed.LaunchAsync(harness, Journey, plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        var store = harness.Get<FlakyInstanceStore>();
        store.FailNextCommit(new ConcurrencyConflictException("Another writer committed first."));

        await harness.Runtime.SignalAsync("go", acme.Id.ToString());

        Assert.Equal(1, store.FailedCommits);
        await AssertPlannedOnceAsync(harness, acme.Id);
    }

    [Fact]
    public async Task Step_CrashBeforeItsCommit_LeavesNoRowAndTheStepRunAgainPlansThemOnce()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(FlakyInstanceStore.Decorate);
        var acme = (await Seed.LaunchAsync(harness, Journey, plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        harness.Get<FlakyInstanceStore>().FailNextCommit(new IOException("The disk went away."));

        await Assert.ThrowsAsync<IOException>(() => harness.Runtime.SignalAsync("go", acme.Id.ToString()));
        Assert.Empty(await Seed.SessionsOfAsync(harness, acme.Id)); // planned in the step's transaction: gone with the step
        await harness.Runtime.SignalAsync("go", acme.Id.ToString());

        await AssertPlannedOnceAsync(harness, acme.Id);
    }

    private static async Task AssertPlannedOnceAsync(WorkflowsHarness harness, Guid companyId)
    {
        await using var db = await harness.OpenDbAsync();
        var sessions = await db.Sessions.AsNoTracking().ToListAsync();
        var milestone = await db.Milestones.AsNoTracking().SingleAsync();
        Assert.Equal(2, sessions.Count);
        var coaching = sessions.Single(s => s.Kind == SessionKind.Coaching);
        var workshop = sessions.Single(s => s.Kind == SessionKind.Workshop);
        await harness.RunTimersUntilAsync(workshop.PlannedAt); // both have taken place

        // The instance waits on the rows that exist, so recording their outcomes and deciding the milestone completes it.
        var keys = (await harness.InstanceAsync(companyId)).State.Bookmarks.Where(b => b.CorrelationKey is not null).Select(b => b.CorrelationKey).Distinct().Order();
        Assert.Equal(new[] { $"milestone-{milestone.Id}", $"session-{coaching.Id}", $"session-{workshop.Id}" }.Order(), keys);
        await harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(coaching));
        await harness.Sessions.RecordOutcomeAsync(Attend.ByOrganiser(workshop));
        await harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Passed));
        Assert.Equal(Engine.Instances.WorkflowStatus.Completed, (await harness.InstanceAsync(companyId)).Status);
    }
}
