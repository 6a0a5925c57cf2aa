using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class RaceTests
{
    [Fact]
    public async Task SignalAsync_SignalBeforeDeadline_SignalBranchWinsAndTimerIsGone()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(ReplyOrDeadline());
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        Assert.Equal(EngineHarness.Start.AddDays(7), await harness.Runtime.GetNextTimerDueAtAsync());
        harness.Clock.Advance(TimeSpan.FromDays(2));

        var signalled = await harness.Runtime.SignalAsync("replied", "company-1");

        Assert.Equal(1, signalled.ResumedCount);
        Assert.Null(await harness.Runtime.GetNextTimerDueAtAsync());
        var log = await harness.GetLogAsync(started.InstanceId);
        Assert.Equal("reply", Assert.Single(log, e => e.Event == ExecutionEvent.ActivityCompleted && e.ActivityId == "race").Detail);
        Assert.Contains(log, e => e.Event == ExecutionEvent.ActivityCancelled && e.ActivityId == "deadline");
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal("next", Assert.Single(instance.State.Bookmarks).Name);
        Assert.Equal(1, await harness.CountBookmarkRowsAsync());
        Assert.Equal(0, await harness.Runtime.TriggerDueTimersAsync());
    }

    [Fact]
    public async Task TriggerDueTimersAsync_DeadlineBeforeSignal_DeadlineWinsAndLaterSignalResumesNothing()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(ReplyOrDeadline());
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });

        var fired = await harness.RunTimersUntilAsync(EngineHarness.Start.AddDays(8));

        Assert.Equal([EngineHarness.Start.AddDays(7)], fired);
        var log = await harness.GetLogAsync(started.InstanceId);
        Assert.Equal("deadline", Assert.Single(log, e => e.Event == ExecutionEvent.ActivityCompleted && e.ActivityId == "race").Detail);
        Assert.Empty(await harness.Store.FindSignalBookmarksAsync("replied", "company-1", CancellationToken.None));
        var before = await harness.Runtime.GetInstanceAsync(started.InstanceId);

        var late = await harness.Runtime.SignalAsync("replied", "company-1");

        Assert.Equal(0, late.ResumedCount);
        Assert.Empty(late.Resumptions);
        var after = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal("next", Assert.Single(after.State.Bookmarks).Name);
    }

    [Fact]
    public async Task StartAsync_BranchCompletingAtOnce_WinsBeforeTheOthersStart()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Race
        {
            Id = "race",
            Branches =
            [
                new SetVariable { Id = "instant", Variable = "winner", Value = "instant" },
                new WaitForSignal { Id = "never", Signal = "never" },
            ],
        });

        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "c" });

        Assert.Equal(WorkflowStatus.Completed, started.Status);
        Assert.Empty(started.Bookmarks);
        Assert.Equal(0, await harness.CountBookmarkRowsAsync());
        var log = await harness.GetLogAsync(started.InstanceId);
        Assert.DoesNotContain(log, e => e.ActivityId == "never" && e.Event == ExecutionEvent.ActivityStarted);
    }

    private static Sequence ReplyOrDeadline() => new()
    {
        Activities =
        [
            new Race
            {
                Id = "race",
                Branches =
                [
                    new WaitForSignal { Id = "reply", Signal = "replied" },
                    new Delay { Id = "deadline", Duration = IsoDuration.FromDays(7) },
                ],
            },
            new WaitForSignal { Id = "next", Signal = "next" },
        ],
    };
}
