using Cohorts.Engine.Activities;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Services;

public sealed class CoachAssignmentServiceTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(1);

    private static Activity[] Journey => [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), new CoachingSession { At = "2025-01-20T10:00" }];

    [Fact]
    public async Task AssignAsync_UnknownCompanyOrCoach_FailsNotFoundNamingTheField()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);

        var company = await Assert.ThrowsAsync<DomainRuleException>(() => harness.CoachAssignment.AssignAsync(Guid.NewGuid(), cohort.Coach("Bruno Petit").Id));
        var coach = await Assert.ThrowsAsync<DomainRuleException>(() => harness.CoachAssignment.AssignAsync(cohort.Company("Acme Industrie").Id, Guid.NewGuid()));

        Assert.Equal(("companyId", true), (company.Field, company.IsNotFound));
        Assert.Equal(("coachId", true), (coach.Field, coach.IsNotFound));
    }

    [Fact]
    public async Task AssignAsync_CoachOfAnotherCohort_FailsNamingCoachId()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var other = await Seed.ReadAsync(harness, await harness.Launcher.CreateAsync(Seed.Plan() with { Name = "Other" }));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.CoachAssignment.AssignAsync(cohort.Company("Acme Industrie").Id, other.Coach("Bruno Petit").Id));

        Assert.Equal(("coachId", false), (error.Field, error.IsNotFound));
        Assert.Contains("coaches another cohort", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignAsync_CompanyNotAccepted_FailsNamingCompanyId()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, [new Intake(), new Screening()]);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.CoachAssignment.AssignAsync(cohort.Company("Acme Industrie").Id, cohort.Coach("Alice Durand").Id));

        Assert.Equal("companyId", error.Field);
    }

    [Fact]
    public async Task AssignAsync_Reassignment_MovesUpcomingSessionsAndTheirReminders()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var acme = cohort.Company("Acme Industrie");
        var bruno = cohort.Coach("Bruno Petit");
        Assert.Equal(cohort.Coach("Alice Durand").Id, acme.CoachId);

        var assignment = await harness.CoachAssignment.AssignAsync(acme.Id, bruno.Id);

        Assert.Equal((cohort.Coach("Alice Durand").Id, 1, false), (assignment.PreviousCoachId, assignment.SessionsMoved, assignment.WorkflowResumed));
        Assert.Equal(bruno.Id, (await Seed.CompanyAsync(harness, acme.Id)).CoachId);
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        Assert.Equal(bruno.Id, session.CoachId);

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 23, 0, 0, 0, Paris));

        Assert.Equal("bruno@coaches.example", Assert.Single(await Seed.NotificationsAsync(harness), n => n.SessionId == session.Id).Recipient);
    }

    [Fact]
    public async Task AssignAsync_SameCoachAgain_ChangesNothing()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var acme = cohort.Company("Acme Industrie");

        var assignment = await harness.CoachAssignment.AssignAsync(acme.Id, acme.CoachId!.Value);

        Assert.Equal((0, acme.CoachId), (assignment.SessionsMoved, assignment.PreviousCoachId));
    }
}
