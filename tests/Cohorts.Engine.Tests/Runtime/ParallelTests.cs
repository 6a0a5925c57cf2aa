using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;
using Parallel = Cohorts.Engine.Activities.Parallel;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class ParallelTests
{
    [Theory]
    [InlineData("contract-signed", "invoice-paid")]
    [InlineData("invoice-paid", "contract-signed")]
    public async Task SignalAsync_BranchesWaitingOnDifferentSignals_CompletesOnlyWhenBothResumedInEitherOrder(string first, string second)
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(new Sequence
        {
            Activities =
            [
                new Parallel
                {
                    Id = "both",
                    Branches =
                    [
                        new WaitForSignal { Id = "contract", Signal = "contract-signed" },
                        new WaitForSignal { Id = "invoice", Signal = "invoice-paid" },
                    ],
                },
                new Probe { Label = "after-both" },
            ],
        });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        Assert.Equal(["contract-signed", "invoice-paid"], started.Bookmarks.Select(b => b.Name).Order());
        Assert.Equal(2, await harness.CountBookmarkRowsAsync());

        var afterFirst = await harness.Runtime.SignalAsync(first, "company-1");

        Assert.Equal(1, afterFirst.ResumedCount);
        Assert.Equal(WorkflowStatus.Suspended, Assert.Single(afterFirst.Resumptions).Status);
        var waiting = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(second, Assert.Single(waiting.State.Bookmarks).Name);
        Assert.Equal(1, await harness.CountBookmarkRowsAsync());
        Assert.Equal(0, probes.Count("after-both"));

        var afterSecond = await harness.Runtime.SignalAsync(second, "company-1");

        Assert.Equal(WorkflowStatus.Completed, Assert.Single(afterSecond.Resumptions).Status);
        Assert.Equal(1, probes.Count("after-both"));
        Assert.Equal(0, await harness.CountBookmarkRowsAsync());
    }

    [Fact]
    public async Task SignalAsync_OneBranchResumedTwice_DoesNotCompleteTheParallel()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Parallel
        {
            Branches = [new WaitForSignal { Signal = "a" }, new WaitForSignal { Signal = "b" }],
        });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "c" });

        await harness.Runtime.SignalAsync("a", "c");
        var again = await harness.Runtime.SignalAsync("a", "c");

        Assert.Equal(0, again.ResumedCount);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal(BookmarkKind.Signal, Assert.Single(instance.State.Bookmarks).Kind);
    }
}
