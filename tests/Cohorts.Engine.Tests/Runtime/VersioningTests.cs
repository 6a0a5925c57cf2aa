using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class VersioningTests
{
    [Fact]
    public async Task SignalAsync_InstancesOfTwoVersions_EachCompletesOnTheVersionItStartedOn()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var v1 = await harness.PublishAsync(Onboarding("v1"), "onboarding");
        var a = await harness.Runtime.StartAsync("onboarding", new() { CorrelationId = "company-a" });

        var v2 = await harness.PublishAsync(Onboarding("v2"), "onboarding");
        var b = await harness.Runtime.StartAsync("onboarding", new() { CorrelationId = "company-b" });
        await harness.RestartAsync();
        await harness.Runtime.SignalAsync("approved", "company-a");
        await harness.Runtime.SignalAsync("approved", "company-b");

        Assert.Equal((1, 2), (v1.Version, v2.Version));
        var instanceA = await harness.Runtime.GetInstanceAsync(a.InstanceId);
        var instanceB = await harness.Runtime.GetInstanceAsync(b.InstanceId);
        Assert.Equal((1, WorkflowStatus.Completed), (instanceA.DefinitionVersion, instanceA.Status));
        Assert.Equal((2, WorkflowStatus.Completed), (instanceB.DefinitionVersion, instanceB.Status));
        Assert.Equal([("v1", "company-a"), ("v2", "company-b")], probes.Hits.Select(h => (h.Label, h.CorrelationId!)));
        Assert.Contains(await harness.GetLogAsync(a.InstanceId), e => e.Event == ExecutionEvent.WorkflowStarted && e.Detail == "onboarding v1");
    }

    [Fact]
    public async Task PublishAsync_IdenticalDefinitionAgain_KeepsTheVersionNumber()
    {
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(new ProbeLog()));
        await harness.PublishAsync(Onboarding("v1"), "onboarding");
        var v2 = await harness.PublishAsync(Onboarding("v2"), "onboarding");

        var again = await harness.PublishAsync(Onboarding("v2"), "onboarding");
        var againAsJson = await harness.Catalog.PublishJsonAsync(harness.Catalog.ToJson(v2));
        await harness.RestartAsync();
        var afterRestart = await harness.PublishAsync(Onboarding("v2"), "onboarding");

        Assert.Equal([2, 2, 2, 2], new[] { v2.Version, again.Version, againAsJson.Version, afterRestart.Version });
        Assert.Equal(2, (await harness.Catalog.GetLatestAsync("onboarding")).Version);
        var v1 = await harness.Catalog.GetAsync("onboarding", 1);
        Assert.Equal("v1", Assert.IsType<Probe>(v1.FindActivity("probe")).Label);
    }

    private static Sequence Onboarding(string label) => new()
    {
        Id = "main",
        Activities = [new WaitForSignal { Id = "approval", Signal = "approved" }, new Probe { Id = "probe", Label = label }],
    };
}
