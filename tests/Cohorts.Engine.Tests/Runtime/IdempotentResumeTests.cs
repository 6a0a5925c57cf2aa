using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Runtime;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class IdempotentResumeTests
{
    [Fact]
    public async Task SignalAsync_SameSignalDeliveredTwice_ResumesOnce()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(new Sequence
        {
            Activities = [new WaitForSignal { Signal = "approved" }, new Probe { Label = "after" }],
        });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });

        var first = await harness.Runtime.SignalAsync("approved", "company-1");
        var second = await harness.Runtime.SignalAsync("approved", "company-1");

        Assert.Equal(1, first.ResumedCount);
        Assert.Equal(0, second.ResumedCount);
        Assert.Equal(1, probes.Count("after"));
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(2, instance.Version);
        Assert.Single(await harness.GetLogAsync(started.InstanceId), e => e.Event == ExecutionEvent.ActivityResumed);
    }

    [Fact]
    public async Task ResumeBookmarkAsync_SameBookmarkTwice_SecondFindsNoBookmark()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Sequence
        {
            Activities = [new WaitForSignal { Signal = "approved" }, new WaitForSignal { Signal = "approved" }],
        });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        var bookmarkId = Assert.Single(started.Bookmarks).Id;

        var first = await harness.Runtime.ResumeBookmarkAsync(started.InstanceId, bookmarkId);
        var second = await harness.Runtime.ResumeBookmarkAsync(started.InstanceId, bookmarkId);

        Assert.Equal((ResumeOutcome.Resumed, WorkflowStatus.Suspended), (first.Outcome, first.Status));
        Assert.Equal((ResumeOutcome.BookmarkNotFound, WorkflowStatus.Suspended), (second.Outcome, second.Status));
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(2, instance.Version);
        Assert.NotEqual(bookmarkId, Assert.Single(instance.State.Bookmarks).Id);
    }

    [Fact]
    public async Task SignalAsync_SameSignalIdWhileWaitingAgainInALoop_AppliesOnceAndANewIdAppliesAgain()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(TestWorkflows.Builder("ticks")
            .WithVariable("ticks", 0)
            .WithRoot(new Repeat
            {
                Count = 5,
                Body = new Sequence
                {
                    Activities =
                    [
                        new WaitForSignal { Signal = "session-recorded" },
                        new SetVariable { Variable = "ticks", Expression = "ticks + 1" },
                    ],
                },
            }));
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });

        var first = await harness.Runtime.SignalAsync("session-recorded", "company-1", signalId: "msg-1");
        var repeated = await harness.Runtime.SignalAsync("session-recorded", "company-1", signalId: "msg-1");
        var fresh = await harness.Runtime.SignalAsync("session-recorded", "company-1", signalId: "msg-2");

        Assert.Equal(ResumeOutcome.Resumed, Assert.Single(first.Resumptions).Outcome);
        Assert.Equal(ResumeOutcome.AlreadyApplied, Assert.Single(repeated.Resumptions).Outcome);
        Assert.Equal(0, repeated.ResumedCount);
        Assert.Equal(ResumeOutcome.Resumed, Assert.Single(fresh.Resumptions).Outcome);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(2, instance.State.Variables["ticks"]!.GetValue<int>());
        Assert.Equal(["msg-1", "msg-2"], instance.State.AppliedSignalIds);
        Assert.Equal(3, instance.Version);
    }

    [Fact]
    public async Task SignalAsync_SignalIdAfterRestart_IsStillRemembered()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Repeat
        {
            Count = 3,
            Body = new WaitForSignal { Signal = "tick" },
        });
        await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        await harness.Runtime.SignalAsync("tick", "company-1", signalId: "msg-1");
        await harness.RestartAsync();

        var repeated = await harness.Runtime.SignalAsync("tick", "company-1", signalId: "msg-1");

        Assert.Equal(ResumeOutcome.AlreadyApplied, Assert.Single(repeated.Resumptions).Outcome);
    }
}
