using Cohorts.Engine.Activities;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;
using Parallel = Cohorts.Engine.Activities.Parallel;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class CancellationTests
{
    [Fact]
    public async Task CancelAsync_InstanceWaitingOnSignalAndTimer_RemovesBothAndIsCancelled()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Parallel
        {
            Branches = [new WaitForSignal { Id = "reply", Signal = "replied" }, new Delay { Id = "reminder", Duration = IsoDuration.FromDays(3) }],
        });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        Assert.Equal(2, await harness.CountBookmarkRowsAsync());
        harness.Clock.Advance(TimeSpan.FromHours(2));

        var cancelled = await harness.Runtime.CancelAsync(started.InstanceId, "company left the programme");

        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        Assert.Empty(cancelled.Bookmarks);
        Assert.Equal(0, await harness.CountBookmarkRowsAsync());
        Assert.Null(await harness.Runtime.GetNextTimerDueAtAsync());
        Assert.Empty((await harness.Runtime.SignalAsync("replied", "company-1")).Resumptions);
        Assert.Empty(await harness.RunTimersUntilAsync(EngineHarness.Start.AddDays(10)));
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Cancelled, instance.Status);
        Assert.Equal(EngineHarness.Start.AddHours(2), instance.FinishedAt);
        Assert.Empty(instance.State.Executions);
        var log = await harness.GetLogAsync(started.InstanceId);
        Assert.Equal("company left the programme", Assert.Single(log, e => e.Event == ExecutionEvent.WorkflowCancelled).Detail);
        Assert.Equal(["reminder", "reply"], log.Where(e => e.Event == ExecutionEvent.ActivityCancelled).Select(e => e.ActivityId).Order());
    }

    [Fact]
    public async Task CancelAsync_FinishedInstance_ThrowsInvalidInstanceState()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new WaitForSignal { Signal = "go" });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "c" });
        await harness.Runtime.CancelAsync(started.InstanceId);

        var again = await Assert.ThrowsAsync<InvalidInstanceStateException>(() => harness.Runtime.CancelAsync(started.InstanceId));

        Assert.Equal(WorkflowStatus.Cancelled, again.Status);
        Assert.Equal(2, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).Version);
    }

    [Fact]
    public async Task CancelAsync_FaultedInstance_IsCancelledAndCannotBeRetried()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Parallel
        {
            Branches = [new WaitForSignal { Signal = "go" }, new Fail { Message = "broken" }],
        });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "c" });
        Assert.Equal(WorkflowStatus.Faulted, started.Status);

        var cancelled = await harness.Runtime.CancelAsync(started.InstanceId);

        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        Assert.Null((await harness.Runtime.GetInstanceAsync(started.InstanceId)).State.Fault);
        await Assert.ThrowsAsync<InvalidInstanceStateException>(() => harness.Runtime.RetryAsync(started.InstanceId));
        Assert.Equal(0, await harness.CountBookmarkRowsAsync());
    }
}
