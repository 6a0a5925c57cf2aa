using Cohorts.Engine.Activities;
using Cohorts.Engine.DependencyInjection;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Runtime;
using Cohorts.Engine.Time;
using Microsoft.Extensions.DependencyInjection;
using Parallel = Cohorts.Engine.Activities.Parallel;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class FaultAndRetryTests
{
    [Fact]
    public async Task RetryAsync_AfterTheCauseIsFixed_ResumesFromTheFaultedActivityOnly()
    {
        var probes = new ProbeLog();
        var flaky = new FlakySwitch(brokenForAll: true);
        await using var harness = await EngineHarness.CreateAsync(Host(probes, flaky));
        var definition = await harness.PublishAsync(new Sequence
        {
            Activities =
            [
                new Probe { Id = "before", Label = "before" },
                new Parallel
                {
                    Branches = [new Delay { Id = "cool-off", Duration = IsoDuration.FromDays(1) }, new Flaky { Id = "lookup" }],
                },
                new Probe { Id = "after", Label = "after" },
            ],
        });
        harness.Clock.Advance(TimeSpan.FromMinutes(30));

        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal(("lookup", "Flaky"), (incident.ActivityId, incident.ActivityType));
        Assert.Equal(Flaky.FailureMessage, incident.Message);
        Assert.Equal(typeof(InvalidOperationException).FullName, incident.ExceptionType);
        Assert.Equal(EngineHarness.Start.AddMinutes(30), incident.At);
        Assert.Null(incident.ResolvedAt);
        Assert.Equal(started.IncidentId, incident.Id);

        // Faulted, the instance's timer is kept in its state but is no row: it does not fire.
        Assert.Equal(0, await harness.CountBookmarkRowsAsync());
        Assert.Null(await harness.Runtime.GetNextTimerDueAtAsync());
        harness.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await harness.Runtime.TriggerDueTimersAsync());
        var faulted = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Single(faulted.State.Bookmarks);

        flaky.Fix();
        var retried = await harness.Runtime.RetryAsync(started.InstanceId);

        Assert.Equal(WorkflowStatus.Suspended, retried.Status);
        Assert.Equal(1, probes.Count("before"));
        Assert.Equal(2, flaky.Attempts);
        Assert.Equal(0, probes.Count("after"));
        var resolved = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal(harness.Clock.GetUtcNow(), resolved.ResolvedAt);

        // The timer is a row again, due already, and fires at the next pass.
        Assert.Equal(EngineHarness.Start.AddMinutes(30).AddDays(1), await harness.Runtime.GetNextTimerDueAtAsync());
        Assert.Equal(1, await harness.Runtime.TriggerDueTimersAsync());
        var completed = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Completed, completed.Status);
        Assert.Null(completed.State.Fault);
        Assert.Equal((1, 1), (probes.Count("before"), probes.Count("after")));
        var log = await harness.GetLogAsync(started.InstanceId);
        Assert.Single(log, e => e.Event == ExecutionEvent.WorkflowRetried);
        Assert.Single(log, e => e.Event == ExecutionEvent.ActivityStarted && e.ActivityId == "before");
    }

    [Fact]
    public async Task SignalAsync_WhileFaulted_IsNotDeliveredButIsAfterRetry()
    {
        var flaky = new FlakySwitch(brokenForAll: true);
        await using var harness = await EngineHarness.CreateAsync(Host(new ProbeLog(), flaky));
        var definition = await harness.PublishAsync(new Parallel
        {
            Branches =
            [
                new WaitForSignal { Id = "feedback", Signal = "feedback-given" },
                new Sequence { Activities = [new Delay { Duration = IsoDuration.FromDays(1) }, new Flaky { Id = "lookup" }] },
            ],
        });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        var feedback = Assert.Single(started.Bookmarks, b => b.Name == "feedback-given");
        Assert.Equal([EngineHarness.Start.AddDays(1)], await harness.RunTimersUntilAsync(EngineHarness.Start.AddDays(2)));
        Assert.Equal(WorkflowStatus.Faulted, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).Status);

        var whileFaulted = await harness.Runtime.SignalAsync("feedback-given", "company-1");
        var byId = await harness.Runtime.ResumeBookmarkAsync(started.InstanceId, feedback.Id);

        Assert.Empty(whileFaulted.Resumptions);
        Assert.Equal((ResumeOutcome.InstanceNotWaiting, WorkflowStatus.Faulted), (byId.Outcome, byId.Status));
        Assert.Equal(0, await harness.CountBookmarkRowsAsync());

        flaky.Fix();
        await harness.Runtime.RetryAsync(started.InstanceId);

        Assert.Equal(feedback.Id, Assert.Single(await harness.Store.FindSignalBookmarksAsync("feedback-given", "company-1", CancellationToken.None)).Id);
        var afterRetry = await harness.Runtime.SignalAsync("feedback-given", "company-1");
        Assert.Equal(WorkflowStatus.Completed, Assert.Single(afterRetry.Resumptions).Status);
    }

    [Fact]
    public async Task RetryAsync_StillBroken_FaultsAgainWithANewIncident()
    {
        var flaky = new FlakySwitch(brokenForAll: true);
        await using var harness = await EngineHarness.CreateAsync(Host(new ProbeLog(), flaky));
        var definition = await harness.PublishAsync(new Flaky { Id = "lookup" });
        var started = await harness.Runtime.StartAsync(definition);
        harness.Clock.Advance(TimeSpan.FromHours(1));

        var retried = await harness.Runtime.RetryAsync(started.InstanceId);

        Assert.Equal(WorkflowStatus.Faulted, retried.Status);
        var incidents = await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None);
        Assert.Equal(2, incidents.Count);
        Assert.Equal(EngineHarness.Start.AddHours(1), incidents[0].ResolvedAt);
        Assert.Equal((EngineHarness.Start.AddHours(1), (DateTimeOffset?)null), (incidents[1].At, incidents[1].ResolvedAt));
        Assert.Equal(incidents[1].Id, retried.IncidentId);
    }

    [Fact]
    public async Task TriggerDueTimersAsync_OneInstanceThrows_TheOthersStillResume()
    {
        var probes = new ProbeLog();
        var flaky = new FlakySwitch(brokenForAll: false, "company-broken");
        await using var harness = await EngineHarness.CreateAsync(Host(probes, flaky));
        var definition = await harness.PublishAsync(new Sequence
        {
            Activities = [new Delay { Duration = IsoDuration.FromDays(1) }, new Flaky { Id = "lookup" }, new Probe { Label = "done" }],
        });

        // The broken instance starts first, so its timer is the first due.
        var ids = new Dictionary<string, Guid>();
        foreach (var company in new[] { "company-broken", "company-1", "company-2", "company-3" })
        {
            ids[company] = (await harness.Runtime.StartAsync(definition, new() { CorrelationId = company })).InstanceId;
            harness.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        harness.Clock.Advance(TimeSpan.FromDays(1));
        var fired = await harness.Runtime.TriggerDueTimersAsync();

        Assert.Equal(4, fired);
        Assert.Equal(["company-1", "company-2", "company-3"], probes.Hits.Select(h => h.CorrelationId));
        Assert.Equal(WorkflowStatus.Faulted, (await harness.Runtime.GetInstanceAsync(ids["company-broken"])).Status);
        foreach (var company in new[] { "company-1", "company-2", "company-3" })
        {
            Assert.Equal(WorkflowStatus.Completed, (await harness.Runtime.GetInstanceAsync(ids[company])).Status);
        }

        Assert.Null(await harness.Runtime.GetNextTimerDueAtAsync());
    }

    [Fact]
    public async Task RetryAsync_InstanceNotFaulted_ThrowsInvalidInstanceState()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var waiting = await harness.Runtime.StartAsync(await harness.PublishAsync(new WaitForSignal { Signal = "go" }, "waiting"), new() { CorrelationId = "c" });
        var done = await harness.Runtime.StartAsync(await harness.PublishAsync(new SetVariable { Variable = "x", Value = 1 }, "done"));

        var suspended = await Assert.ThrowsAsync<InvalidInstanceStateException>(() => harness.Runtime.RetryAsync(waiting.InstanceId));
        var completed = await Assert.ThrowsAsync<InvalidInstanceStateException>(() => harness.Runtime.RetryAsync(done.InstanceId));

        Assert.Equal((waiting.InstanceId, WorkflowStatus.Suspended), (suspended.InstanceId, suspended.Status));
        Assert.Equal((done.InstanceId, WorkflowStatus.Completed), (completed.InstanceId, completed.Status));
        Assert.Equal(1, (await harness.Runtime.GetInstanceAsync(waiting.InstanceId)).Version);
        Assert.Equal(1, await harness.CountBookmarkRowsAsync());
    }

    private static Action<IServiceCollection> Host(ProbeLog probes, FlakySwitch flaky) =>
        services => services.AddSingleton(probes).AddSingleton(flaky).AddCohortsActivity<Probe>().AddCohortsActivity<Flaky>();
}
