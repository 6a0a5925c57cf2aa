using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Activities;

public sealed class ScreeningTests
{
    private static Activity[] Journey(bool autoAccept = false) => [new Intake(), new Screening { AutoAccept = autoAccept }, new WaitForSignal { Signal = "never" }];

    [Fact]
    public async Task Execute_AutoAccept_AcceptsWithoutWaiting()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey(autoAccept: true))).Company("Acme Industrie");

        Assert.Equal(["Accepted"], await harness.OutcomesAsync(acme.Id, "Screening"));
        Assert.Equal("accepted", (string?)await harness.VariableAsync(acme.Id, "screening"));
        Assert.Equal(CompanyStatus.Accepted, (await Seed.CompanyAsync(harness, acme.Id)).Status);
    }

    [Fact]
    public async Task Execute_NoAutoAccept_WaitsForTheManagersDecision()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey())).Company("Acme Industrie");

        var instance = await harness.InstanceAsync(acme.Id);

        var bookmark = Assert.Single(instance.State.Bookmarks);
        Assert.Equal(("screening-decided", $"company-{acme.Id}"), (bookmark.Name, bookmark.CorrelationKey));
        Assert.Empty(await harness.OutcomesAsync(acme.Id, "Screening"));
    }

    [Theory]
    [InlineData("accepted", "Accepted", CompanyStatus.Accepted)]
    [InlineData("REJECTED", "Rejected", CompanyStatus.Rejected)]
    public async Task DecideAsync_Decision_SetsStatusVariableAndOutcome(string decision, string outcome, CompanyStatus status)
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey())).Company("Acme Industrie");

        var result = await harness.Screening.DecideAsync(acme.Id, decision, "Fits the programme's criteria.");

        Assert.Equal(1, result.ResumedCount);
        Assert.Equal([outcome], await harness.OutcomesAsync(acme.Id, "Screening"));
        Assert.Equal(outcome.ToLowerInvariant(), (string?)await harness.VariableAsync(acme.Id, "screening"));
        var company = await Seed.CompanyAsync(harness, acme.Id);
        Assert.Equal((status, "Fits the programme's criteria."), (company.Status, company.StatusReason));
    }

    [Fact]
    public async Task OnResumed_PayloadWithoutAValidDecision_KeepsWaiting()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey())).Company("Acme Industrie");

        await harness.Runtime.SignalAsync("screening-decided", $"company-{acme.Id}", new JsonObject { ["decision"] = "maybe" });

        var instance = await harness.InstanceAsync(acme.Id);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal("screening-decided", Assert.Single(instance.State.Bookmarks).Name);
        Assert.Equal(CompanyStatus.Applied, (await Seed.CompanyAsync(harness, acme.Id)).Status);
    }

    [Fact]
    public async Task DecideAsync_UnknownDecision_FailsNamingDecision()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey())).Company("Acme Industrie");

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Screening.DecideAsync(acme.Id, "maybe", null));

        Assert.Equal("decision", error.Field);
    }

    [Fact]
    public async Task DecideAsync_RejectedWithoutReasons_FailsNamingReasons()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey())).Company("Acme Industrie");

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Screening.DecideAsync(acme.Id, "rejected", " "));

        Assert.Equal("reasons", error.Field);
    }

    [Fact]
    public async Task DecideAsync_UnknownCompany_FailsNotFound()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Screening.DecideAsync(Guid.NewGuid(), "accepted", null));

        Assert.Equal(("companyId", true), (error.Field, error.IsNotFound));
    }

    [Fact]
    public async Task DecideAsync_CompanyScreenedAlready_FailsNamingCompanyId()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey(autoAccept: true))).Company("Acme Industrie");

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Screening.DecideAsync(acme.Id, "rejected", "Too late"));

        Assert.Equal("companyId", error.Field);
        Assert.Contains("screened already (Accepted)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_WorkflowNotAtScreening_FailsNamingCompanyId()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, [new Intake(), new WaitForSignal { Signal = "never" }])).Company("Acme Industrie");

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Screening.DecideAsync(acme.Id, "accepted", null));

        Assert.Equal("companyId", error.Field);
        Assert.Contains("not awaiting a screening decision", error.Message, StringComparison.Ordinal);
    }
}
