using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class RestartTests
{
    [Fact]
    public async Task RestartAsync_TimersDueWhileDownAndWaitingSignals_ResumeOnceEachInDueOrder()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var byTimer = await harness.PublishAsync(TestWorkflows.Builder("by-timer").WithRoot(new Sequence
        {
            Activities =
            [
                new SetVariable { Variable = "days", Expression = "input.days" },
                new Switch
                {
                    Expression = "days",
                    Cases =
                    [
                        new SwitchCase { When = "two", Activity = new Delay { Duration = IsoDuration.FromDays(2) } },
                        new SwitchCase { When = "one", Activity = new Delay { Duration = IsoDuration.FromDays(1) } },
                    ],
                    Default = new Delay { Duration = IsoDuration.FromDays(30) },
                },
                new Probe { Label = "timer" },
            ],
        }));
        var bySignal = await harness.PublishAsync(TestWorkflows.Builder("by-signal").WithRoot(new Sequence
        {
            Activities = [new WaitForSignal { Signal = "go" }, new Probe { Label = "signal" }],
        }));
        var ids = new List<Guid>
        {
            (await harness.Runtime.StartAsync(byTimer, new() { CorrelationId = "two-days", Input = new System.Text.Json.Nodes.JsonObject { ["days"] = "two" } })).InstanceId,
            (await harness.Runtime.StartAsync(byTimer, new() { CorrelationId = "one-day", Input = new System.Text.Json.Nodes.JsonObject { ["days"] = "one" } })).InstanceId,
            (await harness.Runtime.StartAsync(byTimer, new() { CorrelationId = "next-month", Input = new System.Text.Json.Nodes.JsonObject { ["days"] = "thirty" } })).InstanceId,
            (await harness.Runtime.StartAsync(bySignal, new() { CorrelationId = "company-1" })).InstanceId,
            (await harness.Runtime.StartAsync(bySignal, new() { CorrelationId = "company-2" })).InstanceId,
        };
        Assert.Equal(5, await harness.CountBookmarkRowsAsync());

        // Down for three days: two timers fall due meanwhile.
        harness.Clock.Advance(TimeSpan.FromDays(3));
        await harness.RestartAsync();
        var fired = await harness.Runtime.TriggerDueTimersAsync();
        var firedAgain = await harness.Runtime.TriggerDueTimersAsync();
        var signalled = await harness.Runtime.SignalAsync("go", "company-2");

        Assert.Equal((2, 0, 1), (fired, firedAgain, signalled.ResumedCount));
        Assert.Equal([("timer", "one-day"), ("timer", "two-days"), ("signal", "company-2")], probes.Hits.Select(h => (h.Label, h.CorrelationId!)));
        Assert.Equal(2, await harness.CountBookmarkRowsAsync());
        Assert.Equal(EngineHarness.Start.AddDays(30), await harness.Runtime.GetNextTimerDueAtAsync());

        await harness.RestartAsync();
        await harness.RunTimersUntilAsync(EngineHarness.Start.AddDays(60));
        await harness.Runtime.SignalAsync("go", "company-1");

        Assert.Equal(5, probes.Hits.Count);
        Assert.Equal(0, await harness.CountBookmarkRowsAsync());
        foreach (var id in ids)
        {
            var log = await harness.GetLogAsync(id);
            Assert.Single(log, e => e.Event == ExecutionEvent.WorkflowStarted);
            Assert.Single(log, e => e.Event == ExecutionEvent.ActivityResumed);
            Assert.Single(log, e => e.Event == ExecutionEvent.WorkflowCompleted);
            Assert.Equal(WorkflowStatus.Completed, (await harness.Runtime.GetInstanceAsync(id)).Status);
        }
    }

    [Fact]
    public async Task RestartAsync_WhileWaiting_KeepsVariablesAndExecutionState()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(TestWorkflows.Builder("loop")
            .WithVariable("seen", new System.Text.Json.Nodes.JsonArray())
            .WithRoot(new ForEach
            {
                Items = "['a', 'b', 'c']",
                Variable = "step",
                Body = new Sequence
                {
                    Activities =
                    [
                        new WaitForSignal { Signal = "next" },
                        new SetVariable { Variable = "seen", Expression = "seen.concat([step])" },
                    ],
                },
            }));
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "c" });

        for (var i = 0; i < 3; i++)
        {
            await harness.RestartAsync();
            Assert.Equal(1, (await harness.Runtime.SignalAsync("next", "c")).ResumedCount);
        }

        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal("""["a","b","c"]""", instance.State.Variables["seen"]!.ToJsonString());
    }
}
