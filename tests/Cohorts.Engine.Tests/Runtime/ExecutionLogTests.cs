using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class ExecutionLogTests
{
    [Fact]
    public async Task GetLogAsync_AfterARun_ListsEveryEventInOrderWithTheFakeClocksTimes()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Sequence
        {
            Id = "main",
            Activities =
            [
                new SetVariable { Id = "init", Variable = "stage", Value = "applied" },
                new WaitForSignal { Id = "approval", Signal = "approved" },
                new Delay { Id = "cool-off", Duration = IsoDuration.FromDays(1) },
            ],
        }, "onboarding");
        var t0 = EngineHarness.Start;
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-7" });
        harness.Clock.Advance(TimeSpan.FromHours(1));
        var t1 = harness.Clock.GetUtcNow();
        await harness.Runtime.SignalAsync("approved", "company-7");
        var t2 = t1.AddDays(1);
        await harness.RunTimersUntilAsync(t2.AddDays(1));

        var log = await harness.GetLogAsync(started.InstanceId);

        (DateTimeOffset, ExecutionEvent, string, string, string?)[] expected =
        [
            (t0, ExecutionEvent.WorkflowStarted, "main", "Sequence", "onboarding v1"),
            (t0, ExecutionEvent.ActivityStarted, "main", "Sequence", null),
            (t0, ExecutionEvent.ActivityStarted, "init", "SetVariable", null),
            (t0, ExecutionEvent.ActivityCompleted, "init", "SetVariable", "Done"),
            (t0, ExecutionEvent.ActivityStarted, "approval", "WaitForSignal", null),
            (t0, ExecutionEvent.ActivitySuspended, "approval", "WaitForSignal", "signal 'approved' [company-7]"),
            (t1, ExecutionEvent.ActivityResumed, "approval", "WaitForSignal", "signal 'approved' [company-7]"),
            (t1, ExecutionEvent.ActivityCompleted, "approval", "WaitForSignal", "Done"),
            (t1, ExecutionEvent.ActivityStarted, "cool-off", "Delay", null),
            (t1, ExecutionEvent.ActivitySuspended, "cool-off", "Delay", "timer due 2025-01-07T09:00:00Z"),
            (t2, ExecutionEvent.ActivityResumed, "cool-off", "Delay", "timer due 2025-01-07T09:00:00Z"),
            (t2, ExecutionEvent.ActivityCompleted, "cool-off", "Delay", "Done"),
            (t2, ExecutionEvent.ActivityCompleted, "main", "Sequence", "Done"),
            (t2, ExecutionEvent.WorkflowCompleted, "main", "Sequence", null),
        ];
        Assert.Equal(expected, log.Select(e => (e.At, e.Event, e.ActivityId, e.ActivityType, e.Detail)));
        Assert.All(log, e => Assert.Equal(started.InstanceId, e.InstanceId));
    }

    [Fact]
    public async Task GetLogAsync_FaultAndRetry_RecordsTheFaultAndTheRetry()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Fail { Id = "stop", Message = "stopped" });
        var started = await harness.Runtime.StartAsync(definition);
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await harness.Runtime.RetryAsync(started.InstanceId);

        var log = await harness.GetLogAsync(started.InstanceId);

        (DateTimeOffset, ExecutionEvent, string?)[] expected =
        [
            (EngineHarness.Start, ExecutionEvent.WorkflowStarted, "test v1"),
            (EngineHarness.Start, ExecutionEvent.ActivityStarted, null),
            (EngineHarness.Start, ExecutionEvent.ActivityFaulted, "stopped"),
            (EngineHarness.Start, ExecutionEvent.WorkflowFaulted, "stopped"),
            (EngineHarness.Start.AddMinutes(10), ExecutionEvent.WorkflowRetried, null),
            (EngineHarness.Start.AddMinutes(10), ExecutionEvent.ActivityStarted, null),
            (EngineHarness.Start.AddMinutes(10), ExecutionEvent.ActivityFaulted, "stopped"),
            (EngineHarness.Start.AddMinutes(10), ExecutionEvent.WorkflowFaulted, "stopped"),
        ];
        Assert.Equal(expected, log.Select(e => (e.At, e.Event, e.Detail)));
    }
}
