using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Parallel = Cohorts.Engine.Activities.Parallel;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class FinishAndFailTests
{
    [Fact]
    public async Task SignalAsync_FinishWhileAnotherBranchWaits_CompletesAndRemovesThatBranchsBookmark()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Parallel
        {
            Branches =
            [
                new WaitForSignal { Id = "reminder", Signal = "reminder-answered" },
                new Sequence
                {
                    Activities =
                    [
                        new WaitForSignal { Id = "withdraw", Signal = "withdrawn" },
                        new Finish { Id = "finish", Output = "'withdrawn by ' + correlationId" },
                    ],
                },
            ],
        });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        Assert.Equal(2, await harness.CountBookmarkRowsAsync());
        harness.Clock.Advance(TimeSpan.FromHours(3));

        var withdrawn = await harness.Runtime.SignalAsync("withdrawn", "company-1");

        Assert.Equal(WorkflowStatus.Completed, Assert.Single(withdrawn.Resumptions).Status);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Empty(instance.State.Bookmarks);
        Assert.Empty(instance.State.Executions);
        Assert.Equal("withdrawn by company-1", instance.State.Output!.GetValue<string>());
        Assert.Equal(EngineHarness.Start.AddHours(3), instance.FinishedAt);
        Assert.Equal(0, await harness.CountBookmarkRowsAsync());
        Assert.Empty(await harness.Store.FindSignalBookmarksAsync("reminder-answered", "company-1", CancellationToken.None));
        Assert.Empty((await harness.Runtime.SignalAsync("reminder-answered", "company-1")).Resumptions);
        var log = await harness.GetLogAsync(started.InstanceId);
        Assert.Contains(log, e => e.Event == ExecutionEvent.ActivityCancelled && e.ActivityId == "reminder");
        Assert.Equal(ExecutionEvent.WorkflowCompleted, log[^1].Event);
    }

    [Fact]
    public async Task StartAsync_Fail_FaultsWithTheInterpolatedMessageAsIncident()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(TestWorkflows.Builder("fail")
            .WithVariable("company", "Acme")
            .WithVariable("sessions", 0)
            .WithRoot(new Sequence
            {
                Activities =
                [
                    new WaitForSignal { Signal = "go" },
                    new Fail { Id = "no-coach", Message = "Company ${company} has no coach after ${sessions + 1} attempt(s)" },
                ],
            }));
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        harness.Clock.Advance(TimeSpan.FromMinutes(5));

        var resumed = await harness.Runtime.SignalAsync("go", "company-1");

        Assert.Equal(WorkflowStatus.Faulted, Assert.Single(resumed.Resumptions).Status);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal("Company Acme has no coach after 1 attempt(s)", incident.Message);
        Assert.Equal(("no-coach", "Fail"), (incident.ActivityId, incident.ActivityType));
        Assert.Null(incident.ExceptionType);
        Assert.Equal(EngineHarness.Start.AddMinutes(5), incident.At);
        Assert.Null(incident.ResolvedAt);
        Assert.Equal(incident.Id, instance.State.Fault!.IncidentId);
        var log = await harness.GetLogAsync(started.InstanceId);
        Assert.Equal(
            [ExecutionEvent.ActivityFaulted, ExecutionEvent.WorkflowFaulted],
            log.TakeLast(2).Select(e => e.Event));
    }
}
