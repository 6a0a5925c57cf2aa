using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Activities;

public sealed class MilestoneReviewTests
{
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    private static Activity[] Journey(ReviewerRole reviewer) =>
    [
        new Intake(),
        new MilestoneReview { Name = "Mid-term review of ${companyName}", Criteria = "Prototype tested", Offset = IsoDuration.FromMonths(6), Reviewer = reviewer },
        new Complete { Reason = "Passed ${lastMilestone}" },
    ];

    [Fact]
    public async Task Execute_CompanyJourney_SetsACompanyMilestoneDueOnAWorkingDayAndWaits()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey(ReviewerRole.Funder))).Company("Acme Industrie");

        var milestone = await MilestoneOfAsync(harness, acme.Id);

        // cohortStart + 6 months is Sunday 6 July: due on Monday 7 July.
        Assert.Equal(
            ("Mid-term review of Acme Industrie", "Prototype tested", new DateTimeOffset(2025, 7, 7, 9, 0, 0, Summer), ReviewerRole.Funder),
            (milestone.Name, milestone.Criteria, milestone.DueAt, milestone.Reviewer));
        var bookmark = Assert.Single((await harness.InstanceAsync(acme.Id)).State.Bookmarks);
        Assert.Equal(("milestone-decided", $"milestone-{milestone.Id}"), (bookmark.Name, bookmark.CorrelationKey));
    }

    [Fact]
    public async Task DecideAsync_FunderPasses_CompletesPassedAndTheJourneyGoesOn()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey(ReviewerRole.Funder));
        var acme = cohort.Company("Acme Industrie");
        var milestone = await MilestoneOfAsync(harness, acme.Id);

        var decision = await harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Funder, MilestoneOutcome.Passed) { FunderId = cohort.Funder("Conseil départemental").Id });

        Assert.Equal("Conseil départemental", decision.DecidedBy);
        Assert.Equal(["Passed"], await harness.OutcomesAsync(acme.Id, "MilestoneReview"));
        Assert.Equal(WorkflowStatus.Completed, (await harness.InstanceAsync(acme.Id)).Status);
        var company = await Seed.CompanyAsync(harness, acme.Id);
        Assert.Equal((CompanyStatus.Graduated, "Passed Passed"), (company.Status, company.StatusReason));
    }

    [Fact]
    public async Task DecideAsync_NeedsWorkThenFailed_MovesTheDueDateKeepsWaitingThenCompletesFailed()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, [new Intake(), new MilestoneReview { Name = "Final review", Offset = IsoDuration.FromMonths(6) }])).Company("Acme Industrie");
        var milestone = await MilestoneOfAsync(harness, acme.Id);
        var newDue = new DateTimeOffset(2025, 9, 1, 9, 0, 0, Summer);

        await harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.NeedsWork, "Prototype not tested yet", newDue));

        Assert.Equal(newDue, (await MilestoneOfAsync(harness, acme.Id)).DueAt);
        Assert.Empty(await harness.OutcomesAsync(acme.Id, "MilestoneReview"));
        Assert.Equal("milestone-decided", Assert.Single((await harness.InstanceAsync(acme.Id)).State.Bookmarks).Name);

        await harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Failed, "Project abandoned"));

        Assert.Equal(["Failed"], await harness.OutcomesAsync(acme.Id, "MilestoneReview"));
        Assert.Equal("Failed", (string?)await harness.VariableAsync(acme.Id, "lastMilestone"));
        Assert.Equal([MilestoneOutcome.NeedsWork, MilestoneOutcome.Failed], (await MilestoneOfAsync(harness, acme.Id)).Decisions.Select(d => d.Outcome));
    }

    [Fact]
    public async Task Execute_CohortWideInstance_SetsACohortMilestoneFromItsInput()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, [new Intake()], [new MilestoneReview { Name = "Steering committee", At = "cohortEnd" }]);

        await using var db = await harness.OpenDbAsync();
        var milestone = await db.Milestones.SingleAsync();

        Assert.Equal((cohort.CohortId, (Guid?)null), (milestone.CohortId, milestone.CompanyId));
        Assert.Equal(new DateTimeOffset(2025, 12, 19, 18, 0, 0, TimeSpan.FromHours(1)), milestone.DueAt);
    }

    private static async Task<Milestone> MilestoneOfAsync(WorkflowsHarness harness, Guid companyId)
    {
        await using var db = await harness.OpenDbAsync();
        return await db.Milestones.AsNoTracking().SingleAsync(m => m.CompanyId == companyId);
    }
}
