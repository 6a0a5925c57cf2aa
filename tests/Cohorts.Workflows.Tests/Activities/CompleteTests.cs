using Cohorts.Engine.Activities;
using Cohorts.Engine.Exceptions;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Activities;

public sealed class CompleteTests
{
    [Fact]
    public async Task Execute_Default_GraduatesTheCompanyWithTheReason()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var acme = (await Seed.LaunchAsync(harness, [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), new Complete { Reason = "${companyName} met every milestone" }])).Company("Acme Industrie");

        var company = await Seed.CompanyAsync(harness, acme.Id);
        Assert.Equal((CompanyStatus.Graduated, "Acme Industrie met every milestone"), (company.Status, company.StatusReason));
        Assert.Equal(["Graduated"], await harness.OutcomesAsync(acme.Id, "Complete"));
    }

    [Fact]
    public async Task Execute_DroppedOut_SetsTheStatusAsOutcome()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var acme = (await Seed.LaunchAsync(harness, [new Intake(), new Complete { Status = CompanyStatus.DroppedOut, Reason = "Closed down" }])).Company("Acme Industrie");

        Assert.Equal(CompanyStatus.DroppedOut, (await Seed.CompanyAsync(harness, acme.Id)).Status);
        Assert.Equal(["DroppedOut"], await harness.OutcomesAsync(acme.Id, "Complete"));
    }

    [Fact]
    public void Build_StatusNotFinal_IsAProblem()
    {
        var registry = new ActivityRegistry().Register<Complete>();

        var error = Assert.Throws<InvalidDefinitionException>(() => Engine.Definitions.WorkflowBuilder.Create("bad", "Bad").Then(new Complete { Status = CompanyStatus.Active }).Build(registry));

        Assert.Equal("$.root.activities[0].status", Assert.Single(error.Problems).Path);
    }
}
