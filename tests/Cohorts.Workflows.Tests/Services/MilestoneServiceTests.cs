using Cohorts.Engine.Activities;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Services;

public sealed class MilestoneServiceTests
{
    private static Activity[] Journey(ReviewerRole reviewer) => [new Intake(), new MilestoneReview { Name = "Mid-term review", Offset = IsoDuration.FromMonths(6), Reviewer = reviewer }];

    [Fact]
    public async Task DecideAsync_UnknownMilestone_FailsNotFound()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Milestones.DecideAsync(new MilestoneVerdict(Guid.NewGuid(), ReviewerRole.Manager, MilestoneOutcome.Passed)));

        Assert.Equal(("milestoneId", true), (error.Field, error.IsNotFound));
    }

    [Fact]
    public async Task DecideAsync_ManagerOnAFundersMilestone_FailsNamingRole()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var (_, milestone) = await ArrangeAsync(harness, ReviewerRole.Funder);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Passed)));

        Assert.Equal("role", error.Field);
        Assert.Equal("Milestone 'Mid-term review' is decided by a funder, not a programme manager.", error.Message);
    }

    [Fact]
    public async Task DecideAsync_FunderWithoutIdOrUnknownOrOfAnotherCohort_FailsNamingFunderId()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var (_, milestone) = await ArrangeAsync(harness, ReviewerRole.Funder);
        var otherCohort = await harness.Launcher.CreateAsync(Seed.Plan() with { Name = "Other", CohortId = Guid.NewGuid() });
        var otherFunder = (await Seed.ReadAsync(harness, otherCohort)).Funders[0];
        var verdict = new MilestoneVerdict(milestone.Id, ReviewerRole.Funder, MilestoneOutcome.Passed);

        var missing = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Milestones.DecideAsync(verdict));
        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Milestones.DecideAsync(verdict with { FunderId = Guid.NewGuid() }));
        var foreign = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Milestones.DecideAsync(verdict with { FunderId = otherFunder.Id }));

        Assert.Equal([("funderId", false), ("funderId", true), ("funderId", false)], new[] { missing, unknown, foreign }.Select(e => (e.Field, e.IsNotFound)));
    }

    [Fact]
    public async Task DecideAsync_Twice_FailsTheSecondTime()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var (_, milestone) = await ArrangeAsync(harness, ReviewerRole.Manager);
        await harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Passed));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Failed, "Changed my mind")));

        Assert.Equal("milestoneId", error.Field);
        Assert.Contains("was decided already: Passed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(-1)]
    public async Task DecideAsync_NeedsWorkWithoutAFutureDueDate_FailsNamingNewDueAt(int? daysFromNow)
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var (_, milestone) = await ArrangeAsync(harness, ReviewerRole.Manager);
        var newDue = daysFromNow is { } days ? harness.Clock.GetUtcNow().AddDays(days) : (DateTimeOffset?)null;

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.NeedsWork, "Not yet", newDue)));

        Assert.Equal("newDueAt", error.Field);
    }

    [Fact]
    public async Task DecideAsync_FailedWithoutReason_FailsNamingReason()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var (_, milestone) = await ArrangeAsync(harness, ReviewerRole.Manager);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Failed)));

        Assert.Equal("reason", error.Field);
    }

    private static async Task<(TestCohort Cohort, Milestone Milestone)> ArrangeAsync(WorkflowsHarness harness, ReviewerRole reviewer)
    {
        var cohort = await Seed.LaunchAsync(harness, Journey(reviewer));
        await using var db = await harness.OpenDbAsync();
        var acme = cohort.Company("Acme Industrie").Id;
        return (cohort, await db.Milestones.AsNoTracking().SingleAsync(m => m.CompanyId == acme));
    }
}
