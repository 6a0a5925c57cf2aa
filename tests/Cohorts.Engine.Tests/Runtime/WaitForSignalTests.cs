using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class WaitForSignalTests
{
    [Fact]
    public async Task SignalAsync_CorrelationKeyTemplate_ResumesWithTheInterpolatedKeyAndStoresThePayload()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(TestWorkflows.Builder("session")
            .WithVariable("sessionId", 42)
            .WithRoot(new WaitForSignal
            {
                Id = "recorded",
                Signal = "session-recorded",
                CorrelationKey = "session-${sessionId}",
                ResultVariable = "recording",
            }));
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-7" });
        var bookmark = Assert.Single(started.Bookmarks);
        Assert.Equal(("session-recorded", "session-42"), (bookmark.Name, bookmark.CorrelationKey));

        var wrongKey = await harness.Runtime.SignalAsync("session-recorded", "company-7");
        var resumed = await harness.Runtime.SignalAsync("session-recorded", "session-42", JsonNode.Parse("""{ "minutes": 90, "coach": "Ana" }"""));

        Assert.Equal(0, wrongKey.ResumedCount);
        Assert.Equal(1, resumed.ResumedCount);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal("""{"minutes":90,"coach":"Ana"}""", instance.State.Variables["recording"]!.ToJsonString());
    }

    [Fact]
    public async Task SignalAsync_NoCorrelationKey_UsesTheInstancesCorrelationId()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new WaitForSignal { Signal = "approved", ResultVariable = "approval" });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-7" });

        Assert.Equal("company-7", Assert.Single(started.Bookmarks).CorrelationKey);
        var resumed = await harness.Runtime.SignalAsync("approved", "company-7", JsonValue.Create("yes"));

        Assert.Equal(WorkflowStatus.Completed, Assert.Single(resumed.Resumptions).Status);
        Assert.Equal("yes", (await harness.Runtime.GetInstanceAsync(started.InstanceId)).State.Variables["approval"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignalAsync_OtherSignalNameWithTheSameKey_ResumesNothing()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new WaitForSignal { Signal = "approved" });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-7" });

        var result = await harness.Runtime.SignalAsync("rejected", "company-7");

        Assert.Empty(result.Resumptions);
        Assert.Equal(WorkflowStatus.Suspended, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).Status);
    }
}
