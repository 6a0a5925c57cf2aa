using Cohorts.Engine.Activities;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Services;

public sealed class QueryTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(1);

    private static Activity[] Journey =>
    [
        new Intake(),
        new Screening { AutoAccept = true },
        new AssignCoach(),
        new MilestoneReview { Name = "Mid-term review", At = "2025-03-03" },
        new CoachingSession { At = "2025-01-20T10:00" },
    ];

    [Fact]
    public async Task CoachQueries_SessionsAndCompanies_AreTheCoachsOnly()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), new CoachingSession { At = "2025-01-20T10:00" }]);
        var alice = cohort.Coach("Alice Durand").Id;

        var companies = await harness.CoachQueries.GetCompaniesAsync(alice);
        var upcoming = await harness.CoachQueries.GetUpcomingSessionsAsync(alice, TimeSpan.FromDays(15));
        var later = await harness.CoachQueries.GetSessionsAsync(alice, new DateTimeOffset(2025, 1, 21, 0, 0, 0, Paris), new DateTimeOffset(2025, 2, 1, 0, 0, 0, Paris));

        Assert.Equal(["Acme Industrie", "Cimenterie Vallet"], companies.Select(c => c.Name));
        Assert.Equal(2, upcoming.Count);
        Assert.All(upcoming, s => Assert.Equal(alice, s.CoachId));
        Assert.Empty(later);
        Assert.Empty(await harness.CoachQueries.GetOverdueSessionsAsync(alice));
    }

    [Fact]
    public async Task GetOverdueSessionsAsync_AfterThePlannedTimeWithoutOutcome_ListsTheSession()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), new CoachingSession { At = "2025-01-20T10:00" }]);
        var bruno = cohort.Coach("Bruno Petit").Id;
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 20, 11, 0, 0, Paris));

        var overdue = await harness.CoachQueries.GetOverdueSessionsAsync(bruno);

        Assert.Equal([cohort.Company("Boulangerie Martin").Id], Assert.Single(overdue).CompanyIds);
        await harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(overdue[0]));
        Assert.Empty(await harness.CoachQueries.GetOverdueSessionsAsync(bruno));
    }

    [Fact]
    public async Task CohortQueries_CompaniesSessionsMilestones_AreTheCohorts()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);

        var active = await harness.CohortQueries.GetCompaniesAsync(cohort.CohortId, [CompanyStatus.Active]);
        var rejected = await harness.CohortQueries.GetCompaniesAsync(cohort.CohortId, [CompanyStatus.Rejected]);
        var milestones = await harness.CohortQueries.GetMilestonesAsync(cohort.CohortId);
        var sessions = await harness.CohortQueries.GetSessionsAsync(cohort.CohortId);

        Assert.Equal(["Acme Industrie", "Boulangerie Martin", "Cimenterie Vallet"], active.Select(c => c.Name));
        Assert.Empty(rejected);
        Assert.Equal(3, milestones.Count);
        Assert.All(milestones, m => Assert.Equal(new DateTimeOffset(2025, 3, 3, 0, 0, 0, Paris), m.DueAt));
        Assert.Empty(sessions); // the milestones come first
        Assert.Equal(2, (await harness.CohortQueries.GetCoachesAsync(cohort.CohortId)).Count);
        Assert.Single(await harness.CohortQueries.GetFundersAsync(cohort.CohortId));
    }

    [Fact]
    public async Task Queries_UnknownIds_FailNotFound()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var cohort = await Assert.ThrowsAsync<DomainRuleException>(() => harness.CohortQueries.GetSessionsAsync(Guid.NewGuid()));
        var coach = await Assert.ThrowsAsync<DomainRuleException>(() => harness.CoachQueries.GetCompaniesAsync(Guid.NewGuid()));

        Assert.Equal([("cohortId", true), ("coachId", true)], new[] { cohort, coach }.Select(e => (e.Field, e.IsNotFound)));
    }
}
