using Cohorts.Engine.Activities;
using Cohorts.Engine.DependencyInjection;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Parallel = Cohorts.Engine.Activities.Parallel;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class ConcurrentResumeTests
{
    [Fact]
    public async Task SignalAsync_FiftyConcurrentDeliveriesToOneInstance_AppliesExactlyOnce()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(new Sequence
        {
            Activities = [new WaitForSignal { Id = "wait", Signal = "approved" }, new Probe { Label = "after" }],
        });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        Assert.Equal(1, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).Version);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => harness.Runtime.SignalAsync("approved", "company-1"))));

        Assert.Equal(1, results.Sum(r => r.ResumedCount));
        Assert.Equal(1, probes.Count("after"));
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal(2, instance.Version);
        Assert.Single(await harness.GetLogAsync(started.InstanceId), e => e.Event == ExecutionEvent.ActivityResumed);
    }

    [Fact]
    public async Task SignalAsync_TwoHundredResumesArriveAtOnce_AllCompleteAndNoBookmarkRowIsLeft()
    {
        const int count = 200;
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Sequence
        {
            Activities =
            [
                new WaitForSignal { Signal = "application-reviewed", CorrelationKey = "application-${input.n}", ResultVariable = "review" },
                new SetVariable { Variable = "decision", Expression = "review.accepted ? 'accepted' : 'rejected'" },
            ],
        });
        for (var n = 0; n < count; n++)
        {
            await harness.Runtime.StartAsync(definition, new() { CorrelationId = $"company-{n}", Input = new System.Text.Json.Nodes.JsonObject { ["n"] = n } });
        }

        Assert.Equal(count, await harness.CountBookmarkRowsAsync());

        var results = await Task.WhenAll(Enumerable.Range(0, count).Select(n => Task.Run(() =>
            harness.Runtime.SignalAsync("application-reviewed", $"application-{n}", new System.Text.Json.Nodes.JsonObject { ["accepted"] = n % 2 == 0 }))));

        Assert.All(results, r => Assert.Equal(WorkflowStatus.Completed, Assert.Single(r.Resumptions).Status));
        Assert.Equal(count, results.Select(r => r.Resumptions[0].InstanceId).Distinct().Count());
        Assert.Equal(0, await harness.CountBookmarkRowsAsync());
        var completed = await harness.Store.ListAsync(new() { Status = WorkflowStatus.Completed, Take = count * 2 }, CancellationToken.None);
        Assert.Equal(count, completed.Count);
        var accepted = 0;
        foreach (var summary in completed)
        {
            var instance = await harness.Runtime.GetInstanceAsync(summary.Id);
            accepted += instance.State.Variables["decision"]!.GetValue<string>() == "accepted" ? 1 : 0;
            Assert.Equal(2, instance.Version);
        }

        Assert.Equal(count / 2, accepted);
    }

    [Fact]
    public async Task ResumeBookmarkAsync_TwoProcessesResumeTheSameBookmarkAtOnce_AppliesOnce()
    {
        var gate = new GateKeeper();
        await using var harness = await EngineHarness.CreateAsync(services => services.AddSingleton(gate).AddCohortsActivity<Gate>());
        var definition = await harness.PublishAsync(new Sequence
        {
            Activities = [new WaitForSignal { Signal = "approved" }, new Gate { Id = "gate" }, new WaitForSignal { Signal = "onboarded" }],
        });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        var bookmarkId = Assert.Single(started.Bookmarks).Id;
        await using var secondProcess = harness.CreateSecondProcess();
        var secondRuntime = secondProcess.GetRequiredService<WorkflowRuntime>();

        // Both steps load version 1 and run up to the gate, so neither can have seen the other's commit.
        var first = Task.Run(() => harness.Runtime.ResumeBookmarkAsync(started.InstanceId, bookmarkId));
        var second = Task.Run(() => secondRuntime.ResumeBookmarkAsync(started.InstanceId, bookmarkId));
        await gate.WhenArrivedAsync(2).WaitAsync(TestWorkflows.HangGuard);
        gate.Open();
        var results = await Task.WhenAll(first, second).WaitAsync(TestWorkflows.HangGuard);

        // The loser lost the commit, reloaded version 2 and found its bookmark gone: it did not run the gate again.
        Assert.Equal([ResumeOutcome.Resumed, ResumeOutcome.BookmarkNotFound], results.Select(r => r.Outcome).Order());
        Assert.Equal(2, gate.Arrivals);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal(2, instance.Version);
        Assert.Equal("onboarded", Assert.Single(instance.State.Bookmarks).Name);
        Assert.Equal(1, await harness.CountBookmarkRowsAsync());
        var log = await harness.GetLogAsync(started.InstanceId);
        Assert.Single(log, e => e.Event == ExecutionEvent.ActivityResumed);
        Assert.Single(log, e => e.Event == ExecutionEvent.ActivityCompleted && e.ActivityId == "gate");
    }

    [Fact]
    public async Task SignalAsync_SignalIdStepRetriedAfterLosingARaceToAnotherProcess_StillRemembersTheSignalId()
    {
        var gate = new GateKeeper();
        await using var harness = await EngineHarness.CreateAsync(services => services.AddSingleton(gate).AddCohortsActivity<Gate>());
        var definition = await harness.PublishAsync(TestWorkflows.Builder("two-loops")
            .WithVariable("ticks", 0)
            .WithRoot(new Parallel
            {
                Branches =
                [
                    new Repeat
                    {
                        Count = 5,
                        Body = new Sequence
                        {
                            Activities =
                            [
                                new WaitForSignal { Signal = "tick" },
                                new Gate(),
                                new SetVariable { Variable = "ticks", Expression = "ticks + 1" },
                            ],
                        },
                    },
                    new Repeat { Count = 5, Body = new WaitForSignal { Signal = "other" } },
                ],
            }));
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        await using var secondProcess = harness.CreateSecondProcess();
        var secondRuntime = secondProcess.GetRequiredService<WorkflowRuntime>();

        // This process loads version 1 and holds at the gate; the other process commits version 2 meanwhile, so this
        // step loses the race and is retried from a fresh load.
        var tick = Task.Run(() => harness.Runtime.SignalAsync("tick", "company-1", signalId: "msg-1"));
        await gate.WhenArrivedAsync(1).WaitAsync(TestWorkflows.HangGuard);
        Assert.Equal(1, (await secondRuntime.SignalAsync("other", "company-1")).ResumedCount);
        gate.Open();
        Assert.Equal(1, (await tick.WaitAsync(TestWorkflows.HangGuard)).ResumedCount);
        Assert.Equal(2, gate.Arrivals);

        var redelivered = await harness.Runtime.SignalAsync("tick", "company-1", signalId: "msg-1");

        Assert.Equal(ResumeOutcome.AlreadyApplied, Assert.Single(redelivered.Resumptions).Outcome);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(1, instance.State.Variables["ticks"]!.GetValue<int>());
        Assert.Contains("msg-1", instance.State.AppliedSignalIds);
    }
}
