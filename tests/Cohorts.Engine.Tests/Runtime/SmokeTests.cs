using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class SmokeTests
{
    [Fact]
    public async Task StartAsync_SignalThenDelay_CompletesAfterSignalAndTimer()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Sequence
        {
            Activities =
            [
                new WaitForSignal { Id = "approved", Signal = "approved", ResultVariable = "approval" },
                new Delay { Id = "cool-off", Duration = IsoDuration.FromDays(3) },
                new SetVariable { Id = "done", Variable = "done", Expression = "approval.by + '!'" },
            ],
        });

        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-7" });
        Assert.Equal(WorkflowStatus.Suspended, started.Status);

        var signalled = await harness.Runtime.SignalAsync("approved", "company-7", JsonNode.Parse("""{"by":"Ana"}"""));
        Assert.Equal(1, signalled.ResumedCount);

        var fired = await harness.RunTimersUntilAsync(EngineHarness.Start.AddDays(10));
        Assert.Single(fired);

        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal("Ana!", instance.State.Variables["done"]!.GetValue<string>());
        Assert.Empty(instance.State.Bookmarks);
    }
}
