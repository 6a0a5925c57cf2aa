using Cohorts.Engine.Activities;
using Cohorts.Engine.EntityFrameworkCore.Stores;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;

namespace Cohorts.Engine.Tests.Runtime;

/// <summary>
/// The caller's work given with a signal (an outbox row's removal) runs in the transaction of the one step the signal
/// resumes, before its commit, and the result says whether it committed; with no step to join it is not run.
/// </summary>
public sealed class SignalStepWorkTests
{
    [Fact]
    public async Task SignalAsync_OneWaitingInstance_RunsTheWorkOnceInItsStepAndSaysItCommitted()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(new Sequence { Activities = [new WaitForSignal { Signal = "approved" }, new Probe { Label = "after" }] });
        await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        var seen = new List<(IStepTransaction Step, int ProbesRun)>();

        var result = await harness.Runtime.SignalAsync(
            "approved",
            "company-1",
            null,
            "signal-1",
            (step, _) =>
            {
                seen.Add((step, probes.Count("after")));
                return Task.CompletedTask;
            });

        Assert.True(result.StepWorkCommitted);
        var (step, probesRun) = Assert.Single(seen);
        Assert.IsType<SqliteStepTransaction>(step);
        Assert.Equal(1, probesRun); // after the step's activities, before its commit
        Assert.Equal(1, probes.Count("after"));
    }

    [Fact]
    public async Task SignalAsync_TwoWaitingInstances_RunsNoWorkAndSaysSo()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Sequence { Activities = [new WaitForSignal { Signal = "approved" }] });
        await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        var runs = 0;

        var result = await harness.Runtime.SignalAsync("approved", "company-1", null, "signal-1", (_, _) => Task.FromResult(++runs));

        Assert.Equal(2, result.ResumedCount);
        Assert.False(result.StepWorkCommitted);
        Assert.Equal(0, runs);
    }

    [Fact]
    public async Task SignalAsync_ASignalAppliedAlready_RunsNoWorkAndSaysSo()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Sequence { Activities = [new WaitForSignal { Signal = "approved" }, new WaitForSignal { Signal = "approved" }] });
        await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        await harness.Runtime.SignalAsync("approved", "company-1", signalId: "signal-1");
        var runs = 0;

        var result = await harness.Runtime.SignalAsync("approved", "company-1", null, "signal-1", (_, _) => Task.FromResult(++runs));

        Assert.Equal(ResumeOutcome.AlreadyApplied, Assert.Single(result.Resumptions).Outcome);
        Assert.False(result.StepWorkCommitted);
        Assert.Equal(0, runs);
    }

    [Fact]
    public async Task SignalAsync_NoWaitingInstance_RunsNoWorkAndSaysSo()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var runs = 0;

        var result = await harness.Runtime.SignalAsync("approved", "company-1", null, "signal-1", (_, _) => Task.FromResult(++runs));

        Assert.Empty(result.Resumptions);
        Assert.False(result.StepWorkCommitted);
        Assert.Equal(0, runs);
    }
}
