using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Runtime;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Activities;

public sealed class IntakeTests
{
    [Fact]
    public async Task Execute_LaunchedCompany_SetsTheVariablesFromTheInputAndCompletesDone()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, [new Intake(), new WaitForSignal { Signal = "never" }]);
        var acme = cohort.Company("Acme Industrie");

        var variables = (await harness.InstanceAsync(acme.Id)).State.Variables;

        Assert.Equal(
            (acme.Id.ToString(), cohort.CohortId.ToString(), "Acme Industrie", "2025-01-06T09:00:00+01:00", "2025-12-19T18:00:00+01:00"),
            ((string?)variables["companyId"], (string?)variables["cohortId"], (string?)variables["companyName"], (string?)variables["cohortStart"], (string?)variables["cohortEnd"]));
        Assert.Equal(["Done"], await harness.OutcomesAsync(acme.Id, "Intake"));
        Assert.Equal(CompanyStatus.Applied, (await Seed.CompanyAsync(harness, acme.Id)).Status);
    }

    [Fact]
    public async Task Execute_InputWithOnlyTheCompanyId_ReadsTheRestFromTheCompanyAndItsCohort()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(harness, [new Intake()]);
        var cohortId = await harness.Launcher.CreateAsync(Seed.Plan());
        var acme = (await Seed.ReadAsync(harness, cohortId)).Company("Acme Industrie");

        var run = await harness.Runtime.StartAsync(Seed.JourneyId, new StartWorkflowOptions { Input = new JsonObject { ["companyId"] = acme.Id.ToString() } });

        Assert.Equal(WorkflowStatus.Completed, run.Status);
        var variables = (await harness.InstanceAsync(run.InstanceId)).State.Variables;
        Assert.Equal(
            (cohortId.ToString(), "Acme Industrie", "2025-01-06T09:00:00+01:00"),
            ((string?)variables["cohortId"], (string?)variables["companyName"], (string?)variables["cohortStart"]));
    }

    [Fact]
    public async Task Execute_UnknownCompany_FaultsWithAClearIncident()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await harness.PublishAsync("intake", new Intake());
        var companyId = Guid.NewGuid();

        var run = await harness.Runtime.StartAsync("intake", new StartWorkflowOptions { Input = new JsonObject { ["companyId"] = companyId.ToString() } });

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Equal([$"Company {companyId} does not exist: its application was never recorded."], await harness.IncidentsAsync(run.InstanceId));
    }

    [Fact]
    public async Task Execute_NoCompanyId_FaultsSayingHowToStart()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await harness.PublishAsync("intake", new Intake());

        var run = await harness.Runtime.StartAsync("intake");

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Contains("start the instance through the cohort launcher", Assert.Single(await harness.IncidentsAsync(run.InstanceId)), StringComparison.Ordinal);
    }
}
