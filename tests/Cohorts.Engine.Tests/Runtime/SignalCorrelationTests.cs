using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Runtime;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class SignalCorrelationTests
{
    [Fact]
    public async Task SignalAsync_TwoInstancesSameSignalDifferentKeys_ResumesOnlyTheMatchingOne()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new WaitForSignal { Signal = "contract-signed", ResultVariable = "contract" });
        var first = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        var second = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-2" });

        var result = await harness.Runtime.SignalAsync("contract-signed", "company-2", "v2");

        var resumption = Assert.Single(result.Resumptions);
        Assert.Equal((second.InstanceId, ResumeOutcome.Resumed, WorkflowStatus.Completed), (resumption.InstanceId, resumption.Outcome, resumption.Status));
        var untouched = await harness.Runtime.GetInstanceAsync(first.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, untouched.Status);
        Assert.False(untouched.State.Variables.ContainsKey("contract"));
        Assert.Equal(first.InstanceId, Assert.Single(await harness.Store.FindSignalBookmarksAsync("contract-signed", "company-1", CancellationToken.None)).InstanceId);
        Assert.DoesNotContain(await harness.GetLogAsync(first.InstanceId), e => e.Event == ExecutionEvent.ActivityResumed);

        var other = await harness.Runtime.SignalAsync("contract-signed", "company-1", "v1");

        Assert.Equal(first.InstanceId, Assert.Single(other.Resumptions).InstanceId);
        Assert.Equal("v1", (await harness.Runtime.GetInstanceAsync(first.InstanceId)).State.Variables["contract"]!.GetValue<string>());
        Assert.Equal("v2", (await harness.Runtime.GetInstanceAsync(second.InstanceId)).State.Variables["contract"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignalAsync_SeveralInstancesSameKey_ResumesEveryOneOfThem()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new WaitForSignal { Signal = "cohort-opened", CorrelationKey = "cohort-2025" });
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await harness.Runtime.StartAsync(definition, new() { CorrelationId = $"company-{i}" })).InstanceId);
        }

        var result = await harness.Runtime.SignalAsync("cohort-opened", "cohort-2025");

        Assert.Equal(3, result.ResumedCount);
        Assert.Equal(ids.Order(), result.Resumptions.Select(r => r.InstanceId).Order());
    }
}
