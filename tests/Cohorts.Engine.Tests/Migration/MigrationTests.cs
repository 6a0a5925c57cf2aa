using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;
using Cohorts.Engine.InstanceMigration;
using Cohorts.Engine.Runtime;
using Cohorts.Engine.Tests.Runtime;
using Cohorts.Engine.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Engine.Tests.Migration;

public sealed class MigrationTests
{
    [Fact]
    public async Task MigrateAsync_SameIds_MovesTheWaitingSignalAndTheJourneyGoesOnInTheTarget()
    {
        var probes = new ProbeLog();
        await using var harness = await Harness(probes);
        await harness.PublishAsync(Waiting("v1", new WaitForSignal { Id = "approval", Signal = "approved" }), "onboarding");
        var started = await harness.Runtime.StartAsync("onboarding", new() { CorrelationId = "company-a" });
        var before = Assert.Single((await harness.Runtime.GetInstanceAsync(started.InstanceId)).State.Bookmarks);
        await harness.PublishAsync(Waiting("v2", new WaitForSignal { Id = "approval", Signal = "approved" }, new Probe { Id = "welcome", Label = "welcome" }), "onboarding");

        var plan = await harness.Runtime.PlanMigrationAsync(started.InstanceId, 2);
        var moved = await harness.Runtime.MigrateAsync(started.InstanceId, 2, actor: "manager@cohorts.demo");
        await harness.Runtime.SignalAsync("approved", "company-a");

        Assert.True(plan.CanMigrate);
        Assert.Equal([("main", "main"), ("approval", "approval")], plan.Activities.Select(a => (a.FromActivityId, a.ToActivityId!)));
        var bookmark = Assert.Single(plan.Bookmarks);
        Assert.Equal((BookmarkKind.Signal, "approved", "company-a", "approval", false), (bookmark.Kind, bookmark.Name, bookmark.CorrelationKey!, bookmark.ToActivityId!, bookmark.Rearmed));
        Assert.Equal(WorkflowStatus.Suspended, moved.Status);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal((2, WorkflowStatus.Completed), (instance.DefinitionVersion, instance.Status));
        Assert.Equal(["v2", "welcome"], probes.Hits.Select(h => h.Label));
        Assert.Contains(await harness.GetLogAsync(started.InstanceId), e => e.Event == ExecutionEvent.WorkflowMigrated && e.Detail == "migrated from v1 to v2");
        Assert.Equal("company-a", before.CorrelationKey);
    }

    [Fact]
    public async Task MigrateAsync_ExplicitMapping_MovesToTheRenamedActivity()
    {
        var probes = new ProbeLog();
        await using var harness = await Harness(probes);
        await harness.PublishAsync(Waiting("v1", new WaitForSignal { Id = "approval", Signal = "approved" }), "onboarding");
        var started = await harness.Runtime.StartAsync("onboarding", new() { CorrelationId = "company-a" });
        await harness.PublishAsync(Waiting("v2", new WaitForSignal { Id = "manager-approval", Signal = "approved" }), "onboarding");
        var mapping = new Dictionary<string, string> { ["approval"] = "manager-approval" };

        var withoutMapping = await harness.Runtime.PlanMigrationAsync(started.InstanceId, 2);
        await harness.Runtime.MigrateAsync(started.InstanceId, 2, mapping);
        await harness.Runtime.SignalAsync("approved", "company-a");

        var refusal = Assert.Single(withoutMapping.Refusals);
        Assert.Equal("activities.approval", refusal.Path);
        Assert.Contains("is not in version 2, and the journey is waiting in it", refusal.Message, StringComparison.Ordinal);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal((2, WorkflowStatus.Completed), (instance.DefinitionVersion, instance.Status));
        Assert.Equal(["v2"], probes.Hits.Select(h => h.Label));
    }

    [Fact]
    public async Task MigrateAsync_ActivityRemovedWhileWaiting_IsRefusedAndNothingChanges()
    {
        await using var harness = await Harness(new ProbeLog());
        await harness.PublishAsync(Waiting("v1", new WaitForSignal { Id = "approval", Signal = "approved" }), "onboarding");
        var started = await harness.Runtime.StartAsync("onboarding", new() { CorrelationId = "company-a" });
        await harness.PublishAsync(new Sequence { Id = "main", Activities = [new Probe { Id = "probe", Label = "v2" }] }, "onboarding");
        var before = await harness.Runtime.GetInstanceAsync(started.InstanceId);

        var refused = await Assert.ThrowsAsync<MigrationRefusedException>(() => harness.Runtime.MigrateAsync(started.InstanceId, 2));

        Assert.Equal("activities.approval", Assert.Single(refused.Plan.Refusals).Path);
        var after = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal((1, before.Version), (after.DefinitionVersion, after.Version));
        Assert.Equal(1, await harness.CountBookmarkRowsAsync());
    }

    [Fact]
    public async Task PlanMigrationAsync_ActivityTypeChanged_IsRefused()
    {
        await using var harness = await Harness(new ProbeLog());
        await harness.PublishAsync(Waiting("v1", new WaitForSignal { Id = "approval", Signal = "approved" }), "onboarding");
        var started = await harness.Runtime.StartAsync("onboarding", new() { CorrelationId = "company-a" });
        await harness.PublishAsync(Waiting("v2", new Delay { Id = "approval", Duration = IsoDuration.FromDays(1) }), "onboarding");

        var plan = await harness.Runtime.PlanMigrationAsync(started.InstanceId, 2);

        Assert.False(plan.CanMigrate);
        var refusal = Assert.Single(plan.Refusals);
        Assert.Equal("activities.approval", refusal.Path);
        Assert.Contains("is a WaitForSignal in version 1 and a Delay in version 2", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanMigrationAsync_SameVersionOrUnknownActivityInMapping_AreProblemsOfTheRequest()
    {
        await using var harness = await Harness(new ProbeLog());
        await harness.PublishAsync(Waiting("v1", new WaitForSignal { Id = "approval", Signal = "approved" }), "onboarding");
        var started = await harness.Runtime.StartAsync("onboarding", new() { CorrelationId = "company-a" });
        await harness.PublishAsync(Waiting("v2", new WaitForSignal { Id = "approval", Signal = "approved" }), "onboarding");

        var same = await harness.Runtime.PlanMigrationAsync(started.InstanceId, 1);
        var unknown = await harness.Runtime.PlanMigrationAsync(started.InstanceId, 2, new Dictionary<string, string> { ["nope"] = "approval", ["approval"] = "missing" });
        await Assert.ThrowsAsync<MigrationRefusedException>(() => harness.Runtime.MigrateAsync(started.InstanceId, 1));

        Assert.Equal("targetVersion", Assert.Single(same.RequestProblems).Path);
        Assert.Equal(
            [("mapping.approval", "Version 2 has no activity 'missing'."), ("mapping.nope", "Version 1 has no activity 'nope'.")],
            unknown.RequestProblems.Select(p => (p.Path, p.Message)));
        Assert.Equal(1, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).DefinitionVersion);
    }

    [Fact]
    public async Task MigrateAsync_DelayChanged_RearmsTheTimerFromTheSameAnchor()
    {
        var probes = new ProbeLog();
        await using var harness = await Harness(probes);
        await harness.PublishAsync(Waiting("v1", new Delay { Id = "cool-off", Duration = IsoDuration.FromDays(3) }), "onboarding");
        var started = await harness.Runtime.StartAsync("onboarding");
        await harness.PublishAsync(Waiting("v2", new Delay { Id = "cool-off", Duration = IsoDuration.FromDays(1) }), "onboarding");
        harness.Clock.Advance(TimeSpan.FromHours(2));

        var plan = await harness.Runtime.PlanMigrationAsync(started.InstanceId, 2);
        await harness.Runtime.MigrateAsync(started.InstanceId, 2);

        var timer = Assert.Single(plan.Bookmarks);
        Assert.True(timer.Rearmed);
        Assert.Equal((EngineHarness.Start.AddDays(3), EngineHarness.Start.AddDays(1)), (timer.DueAt!.Value, timer.NewDueAt!.Value));
        Assert.Equal(EngineHarness.Start.AddDays(1), await harness.Runtime.GetNextTimerDueAtAsync());
        var stored = Assert.Single((await harness.Runtime.GetInstanceAsync(started.InstanceId)).State.Bookmarks);
        Assert.NotEqual(timer.BookmarkId, stored.Id);
        Assert.Equal(1, await harness.CountBookmarkRowsAsync());
        var fired = await harness.RunTimersUntilAsync(EngineHarness.Start.AddDays(5));
        Assert.Equal([EngineHarness.Start.AddDays(1)], fired);
        Assert.Equal(["v2"], probes.Hits.Select(h => h.Label));
    }

    [Fact]
    public async Task MigrateAsync_ThenRetry_RunsTheTargetVersionsActivity()
    {
        await using var harness = await Harness(new ProbeLog());
        await harness.PublishAsync(Computing("missing.value"), "onboarding");
        var started = await harness.Runtime.StartAsync("onboarding");
        await harness.PublishAsync(Computing("1 + 1"), "onboarding");

        var retriedOnV1 = await harness.Runtime.RetryAsync(started.InstanceId);
        var moved = await harness.Runtime.MigrateAsync(started.InstanceId, 2);
        var retried = await harness.Runtime.RetryAsync(started.InstanceId);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        Assert.Equal(WorkflowStatus.Faulted, retriedOnV1.Status);
        Assert.Equal(WorkflowStatus.Faulted, moved.Status);
        Assert.Equal(WorkflowStatus.Completed, retried.Status);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(2, instance.State.Variables["total"]!.GetValue<int>());
        Assert.All(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None), i => Assert.NotNull(i.ResolvedAt));
    }

    [Fact]
    public async Task SkipAsync_FaultedActivity_CompletesItAndTheJourneyGoesOn()
    {
        var probes = new ProbeLog();
        var participant = new RecordingParticipant();
        await using var harness = await Harness(probes, participant);
        await harness.PublishAsync(Computing("missing.value"), "onboarding");
        var started = await harness.Runtime.StartAsync("onboarding");

        var skipped = await harness.Runtime.SkipAsync(started.InstanceId, "Computed by hand", "manager@cohorts.demo");

        Assert.Equal(WorkflowStatus.Completed, skipped.Status);
        Assert.Equal(["after"], probes.Hits.Select(h => h.Label));
        Assert.NotNull(Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None)).ResolvedAt);
        Assert.Contains(await harness.GetLogAsync(started.InstanceId), e => e.Event == ExecutionEvent.ActivityCompleted && e.ActivityId == "compute" && e.Detail == "Done (skipped: Computed by hand)");
        Assert.Equal([(InstanceChangeKind.Skipped, "Computed by hand", "manager@cohorts.demo")], participant.Changes.Select(c => (c.Kind, c.Reason!, c.Actor!)));
        await Assert.ThrowsAsync<Exceptions.InvalidInstanceStateException>(() => harness.Runtime.SkipAsync(started.InstanceId, "again"));
    }

    [Fact]
    public async Task CancelAsync_WithReasonAndActor_ResolvesTheIncidentAndTellsTheParticipantsInTheStep()
    {
        var participant = new RecordingParticipant();
        await using var harness = await Harness(new ProbeLog(), participant);
        await harness.PublishAsync(Computing("missing.value"), "onboarding");
        var started = await harness.Runtime.StartAsync("onboarding");

        var cancelled = await harness.Runtime.CancelAsync(started.InstanceId, "Company closed", "manager@cohorts.demo", CancellationToken.None);

        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        Assert.NotNull(Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None)).ResolvedAt);
        Assert.Contains(await harness.GetLogAsync(started.InstanceId), e => e.Event == ExecutionEvent.WorkflowCancelled && e.Detail == "Company closed");
        Assert.Equal([(InstanceChangeKind.Cancelled, "Company closed", "manager@cohorts.demo", true)], participant.Changes.Select(c => (c.Kind, c.Reason!, c.Actor!, c.HasTransaction)));
    }

    [Fact]
    public async Task CancelAsync_ParticipantFails_NothingIsCancelled()
    {
        var participant = new RecordingParticipant { Fails = true };
        await using var harness = await Harness(new ProbeLog(), participant);
        await harness.PublishAsync(Waiting("v1", new WaitForSignal { Id = "approval", Signal = "approved" }), "onboarding");
        var started = await harness.Runtime.StartAsync("onboarding", new() { CorrelationId = "company-a" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Runtime.CancelAsync(started.InstanceId, "No", "manager@cohorts.demo", CancellationToken.None));

        Assert.Equal(WorkflowStatus.Suspended, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).Status);
        Assert.Equal(1, await harness.CountBookmarkRowsAsync());
    }

    private static Task<EngineHarness> Harness(ProbeLog probes, RecordingParticipant? participant = null) =>
        EngineHarness.CreateAsync(services =>
        {
            TestWorkflows.WithProbes(probes)(services);
            if (participant is not null)
            {
                services.AddSingleton<IInstanceChangeParticipant>(participant);
            }
        });

    private static Sequence Waiting(string label, Activity wait, Activity? next = null) => new()
    {
        Id = "main",
        Activities = next is null ? [wait, new Probe { Id = "probe", Label = label }] : [wait, new Probe { Id = "probe", Label = label }, next],
    };

    private static Sequence Computing(string expression) => new()
    {
        Id = "main",
        Activities = [new SetVariable { Id = "compute", Variable = "total", Expression = expression }, new Probe { Id = "after", Label = "after" }],
    };
}
