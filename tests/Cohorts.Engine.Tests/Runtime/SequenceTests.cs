using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class SequenceTests
{
    [Fact]
    public async Task StartAsync_Sequence_RunsActivitiesInOrder()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(new Sequence
        {
            Id = "main",
            Activities = [new Probe { Id = "first", Label = "first" }, new Probe { Id = "second", Label = "second" }, new Probe { Id = "third", Label = "third" }],
        });

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(WorkflowStatus.Completed, started.Status);
        Assert.Equal(["first", "second", "third"], probes.Hits.Select(h => h.Label));
        var completed = (await harness.GetLogAsync(started.InstanceId)).Where(e => e.Event == ExecutionEvent.ActivityCompleted).Select(e => e.ActivityId);
        Assert.Equal(["first", "second", "third", "main"], completed);
    }

    [Fact]
    public async Task SignalAsync_SequenceWaitingInTheMiddle_RunsTheRestOnlyAfterTheSignal()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(new Sequence
        {
            Activities = [new Probe { Label = "before" }, new WaitForSignal { Id = "wait", Signal = "go" }, new Probe { Label = "after" }],
        });

        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });

        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        Assert.Equal(["before"], probes.Hits.Select(h => h.Label));
        Assert.Equal(1, (await harness.Runtime.SignalAsync("go", "company-1")).ResumedCount);
        Assert.Equal(["before", "after"], probes.Hits.Select(h => h.Label));
        Assert.Equal(WorkflowStatus.Completed, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).Status);
    }
}
