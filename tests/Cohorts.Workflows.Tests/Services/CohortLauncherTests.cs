using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Services;

public sealed class CohortLauncherTests
{
    private static Activity[] Journey => [new Intake(), new WaitForSignal { Signal = "never" }];

    private static Activity[] CohortEvents => [new WaitForSignal { Signal = "never" }];

    [Fact]
    public async Task CreateAndLaunchAsync_ProgrammeWithCohortDefinition_StartsOneInstancePerCompanyAndOneForTheCohort()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var cohort = await Seed.LaunchAsync(harness, Journey, CohortEvents);

        var journeys = await harness.InstanceStore.ListAsync(new InstanceQuery { DefinitionId = Seed.JourneyId }, CancellationToken.None);
        Assert.Equal(cohort.Companies.Select(c => c.Id).Order(), journeys.Select(i => i.Id).Order());
        foreach (var company in cohort.Companies)
        {
            var instance = await harness.InstanceAsync(company.Id);
            Assert.Equal((company.Id.ToString(), WorkflowStatus.Suspended, 1), (instance.CorrelationId, instance.Status, instance.DefinitionVersion));
            Assert.Equal(company.Id, company.InstanceId);
            var input = instance.State.Input!;
            Assert.Equal(
                (company.Id.ToString(), cohort.CohortId.ToString(), company.Name, "2025-01-06T09:00:00+01:00", "2025-12-19T18:00:00+01:00"),
                ((string?)input["companyId"], (string?)input["cohortId"], (string?)input["companyName"], (string?)input["cohortStart"], (string?)input["cohortEnd"]));
            Assert.Equal(company.Name, (string?)instance.State.Variables["companyName"]);
        }

        var stored = await harness.CohortQueries.GetCohortAsync(cohort.CohortId);
        Assert.Equal((1, WorkflowsHarness.Start, (Guid?)cohort.CohortId), (stored.DefinitionVersion, stored.LaunchedAt, stored.CohortInstanceId));
        var cohortInstance = await harness.InstanceAsync(cohort.CohortId);
        Assert.Equal((Seed.CohortEventsId, cohort.CohortId.ToString()), (cohortInstance.DefinitionId, cohortInstance.CorrelationId));
        Assert.Equal(cohort.CohortId.ToString(), (string?)cohortInstance.State.Input!["cohortId"]);
    }

    [Fact]
    public async Task LaunchAsync_Again_StartsNothingNewAndKeepsTheFirstVersion()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey, CohortEvents);
        await harness.PublishAsync(Seed.JourneyId, new Intake(), new WaitForSignal { Signal = "other" });

        var again = await harness.Launcher.LaunchAsync(cohort.CohortId);

        Assert.Equal((1, (Guid?)cohort.CohortId), (again.DefinitionVersion, again.CohortInstanceId));
        Assert.Equal(cohort.Companies.Select(c => c.Id).Order(), again.CompanyInstanceIds.Order());
        var all = await harness.InstanceStore.ListAsync(new InstanceQuery(), CancellationToken.None);
        Assert.Equal(4, all.Count);
        Assert.All(all.Where(i => i.DefinitionId == Seed.JourneyId), i => Assert.Equal(1, i.DefinitionVersion));
    }

    [Fact]
    public async Task LaunchAsync_ProgrammeWithoutCohortDefinition_StartsCompaniesOnly()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var cohort = await Seed.LaunchAsync(harness, Journey);

        Assert.Null((await harness.CohortQueries.GetCohortAsync(cohort.CohortId)).CohortInstanceId);
        Assert.Equal(3, (await harness.InstanceStore.ListAsync(new InstanceQuery(), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task CreateAsync_UnknownProgramme_FailsNotFoundNamingProgrammeId()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Launcher.CreateAsync(Seed.Plan() with { ProgrammeId = "nope" }));

        Assert.Equal(("programmeId", true), (error.Field, error.IsNotFound));
    }

    [Fact]
    public async Task CreateAsync_BadPlan_ListsEveryProblemByField()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(harness, Journey);
        var plan = Seed.Plan(
            companies: [new("Acme", "industry", 4, "Dreux", "a@example.org"), new("acme ", "food", -1, "Dreux", "b@example.org")],
            coaches: []) with { EndDate = new DateOnly(2025, 1, 1) };

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Launcher.CreateAsync(plan));

        Assert.False(error.IsNotFound);
        Assert.Equal(["coaches", "companies[1].headcount", "companies[1].name", "endDate"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Two companies are named 'acme'", error.Errors["companies[1].name"][0], StringComparison.Ordinal);
        Assert.Empty(await harness.InstanceStore.ListAsync(new InstanceQuery(), CancellationToken.None));
    }

    [Fact]
    public async Task CreateAsync_TwoNamesDifferingOnlyBySpacesInside_RefusesTheSecond()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(harness, Journey);
        var plan = Seed.Plan(companies: [new("Dup Co", "industry", 4, "Dreux", "a@example.org"), new(" dup \u00A0 co", "food", 3, "Dreux", "b@example.org")]);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Launcher.CreateAsync(plan));

        Assert.Equal(["companies[1].name"], error.Errors.Keys);
        Assert.Contains("Two companies are named 'dup co'", error.Errors["companies[1].name"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_DefinitionNotPublished_FailsNamingProgrammeId()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await harness.Programmes.AddAsync(new Cohorts.Workflows.Domain.Programme(Seed.ProgrammeId, "Boost", "", "unpublished", 12, "Europe/Paris", null, null));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Launcher.CreateAsync(Seed.Plan()));

        Assert.Equal("programmeId", error.Field);
        Assert.Contains("'unpublished' has no published version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_CohortIdTaken_IsRefused()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(harness, Journey);
        var plan = Seed.Plan() with { CohortId = Guid.NewGuid() };
        await harness.Launcher.CreateAsync(plan);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Launcher.CreateAsync(plan));

        Assert.Equal("cohortId", error.Field);
    }

    [Fact]
    public async Task LaunchAsync_UnknownCohort_FailsNotFound()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Launcher.LaunchAsync(Guid.NewGuid()));

        Assert.Equal(("cohortId", true), (error.Field, error.IsNotFound));
    }
}
