using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;
using Cohorts.Host.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Cohorts.Host.Tests.Scheduling;

public sealed class TimerSchedulingTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 8, 0, 0, TimeSpan.Zero);

    private static Sequence DelayThenDone(string duration = "P1D") => new()
    {
        Activities =
        [
            new Delay { Id = "wait", Duration = IsoDuration.Parse(duration) },
            new SetVariable { Id = "done", Variable = "done", Value = true },
        ],
    };

    [Fact]
    public async Task Timer_ClockPassesDueTime_QuartzTriggerResumesInstance()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = new CohortsHostFactory(clock: clock);
        host.CreateClient().Dispose();
        var definition = await host.PublishAsync(DelayThenDone());

        var started = await host.Runtime().StartAsync(definition);
        var timer = Assert.Single(started.Bookmarks);
        var scheduler = await host.SchedulerAsync();
        var trigger = await scheduler.GetTrigger(TimerTriggers.KeyFor(timer.Id));
        Assert.NotNull(trigger);
        Assert.Equal(Start.AddDays(1), trigger.NextFireTimeUtc);

        clock.Advance(TimeSpan.FromDays(1));
        var completed = await host.WaitForStatusAsync(started.InstanceId, WorkflowStatus.Completed);

        Assert.True(completed.State.Variables["done"]!.GetValue<bool>());
        Assert.Equal(1, await host.CountLogAsync(started.InstanceId, ExecutionEvent.ActivityResumed));
        await WaitForNoTriggerAsync(scheduler, timer.Id); // Quartz retires a fired one-shot trigger once its job returns
    }

    [Fact]
    public async Task Race_SignalWinsBeforeDeadline_DeadlineTriggerRemoved()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = new CohortsHostFactory(clock: clock);
        host.CreateClient().Dispose();
        var definition = await host.PublishAsync(new Race
        {
            Id = "race",
            Branches =
            [
                new WaitForSignal { Id = "recorded", Signal = "session-recorded" },
                new Delay { Id = "deadline", Duration = IsoDuration.FromDays(7) },
            ],
        });
        var started = await host.Runtime().StartAsync(definition, new() { CorrelationId = "session-42" });
        var deadline = started.Bookmarks.Single(b => b.Kind == BookmarkKind.Timer);
        var scheduler = await host.SchedulerAsync();
        Assert.NotNull(await scheduler.GetTrigger(TimerTriggers.KeyFor(deadline.Id)));

        await host.Runtime().SignalAsync("session-recorded", "session-42");

        Assert.Null(await scheduler.GetTrigger(TimerTriggers.KeyFor(deadline.Id)));
    }

    [Fact]
    public async Task Restart_TimerFellDueWhileDown_FiresOnceAtStart()
    {
        var clock = new FakeTimeProvider(Start);
        using var files = new HostFiles();
        Guid instanceId;
        await using (var first = new CohortsHostFactory(files, clock))
        {
            first.CreateClient().Dispose();
            var definition = await first.PublishAsync(DelayThenDone());
            instanceId = (await first.Runtime().StartAsync(definition)).InstanceId;
        }

        clock.Advance(TimeSpan.FromDays(3));
        await using var second = new CohortsHostFactory(files, clock);
        second.CreateClient().Dispose();

        var instance = await second.Runtime().GetInstanceAsync(instanceId);
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal(1, await second.CountLogAsync(instanceId, ExecutionEvent.ActivityResumed));
        var scheduler = await second.SchedulerAsync();
        Assert.Empty(await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(TimerTriggers.Group)));
    }

    [Fact]
    public async Task Restart_SeveralTimersOverdue_FireInDueOrder()
    {
        var clock = new FakeTimeProvider(Start);
        using var files = new HostFiles();
        var due = new[] { "P3D", "P1D", "P4D", "P2D" };
        var started = new List<(Guid Id, int Days)>();
        await using (var first = new CohortsHostFactory(files, clock))
        {
            first.CreateClient().Dispose();
            foreach (var duration in due)
            {
                var definition = await first.PublishAsync(DelayThenDone(duration), $"delay-{duration.ToLowerInvariant()}");
                started.Add(((await first.Runtime().StartAsync(definition)).InstanceId, int.Parse(duration[1..^1])));
            }
        }

        clock.Advance(TimeSpan.FromDays(10));
        await using var second = new CohortsHostFactory(files, clock);
        second.CreateClient().Dispose();

        var completedOrder = new List<(Guid Id, DateTimeOffset UpdatedAt, long Sequence)>();
        foreach (var (id, _) in started)
        {
            var instance = await second.Runtime().GetInstanceAsync(id);
            Assert.Equal(WorkflowStatus.Completed, instance.Status);
        }

        var resumedSequence = await LogSequenceAsync(second, started.Select(s => s.Id));
        Assert.Equal(started.OrderBy(s => s.Days).Select(s => s.Id), resumedSequence);
    }

    [Fact]
    public async Task Reconcile_TimerWithoutTrigger_TriggerAdded()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = new CohortsHostFactory(clock: clock);
        host.CreateClient().Dispose();
        var definition = await host.PublishAsync(DelayThenDone());
        var started = await host.Runtime().StartAsync(definition);
        var key = TimerTriggers.KeyFor(started.Bookmarks.Single().Id);
        var scheduler = await host.SchedulerAsync();
        await scheduler.UnscheduleJob(key); // as if the process died between the engine's commit and the scheduling

        var report = await host.Services.GetRequiredService<TimerReconciler>().ReconcileAsync(CancellationToken.None);

        Assert.Equal(1, report.Added);
        Assert.Equal(Start.AddDays(1), (await scheduler.GetTrigger(key))!.NextFireTimeUtc);
    }

    [Fact]
    public async Task Reconcile_TriggerWithoutTimer_TriggerRemovedAndAFireDoesNothing()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = new CohortsHostFactory(clock: clock);
        host.CreateClient().Dispose();
        var definition = await host.PublishAsync(DelayThenDone());
        var started = await host.Runtime().StartAsync(definition);
        var timer = started.Bookmarks.Single();
        var scheduler = await host.SchedulerAsync();
        var stale = timer with { Id = Guid.NewGuid() };
        await TimerTriggers.ScheduleAsync(scheduler, stale, clock.GetUtcNow(), CancellationToken.None);

        var outcome = await host.Runtime().ResumeBookmarkAsync(stale.InstanceId, stale.Id);
        var report = await host.Services.GetRequiredService<TimerReconciler>().ReconcileAsync(CancellationToken.None);

        Assert.Equal(Engine.Runtime.ResumeOutcome.BookmarkNotFound, outcome.Outcome);
        Assert.Equal(1, report.Removed);
        Assert.Null(await scheduler.GetTrigger(TimerTriggers.KeyFor(stale.Id)));
        Assert.NotNull(await scheduler.GetTrigger(TimerTriggers.KeyFor(timer.Id)));
        Assert.Equal(WorkflowStatus.Suspended, (await host.Runtime().GetInstanceAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task Job_FiredTwiceForOneTimer_ResumesOnce()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = new CohortsHostFactory(clock: clock);
        host.CreateClient().Dispose();
        var definition = await host.PublishAsync(DelayThenDone());
        var started = await host.Runtime().StartAsync(definition);
        var timer = started.Bookmarks.Single();
        var scheduler = await host.SchedulerAsync();
        await scheduler.UnscheduleJob(TimerTriggers.KeyFor(timer.Id));
        clock.Advance(TimeSpan.FromDays(1));

        var data = new JobDataMap
        {
            [TimerTriggers.InstanceIdKey] = timer.InstanceId.ToString(),
            [TimerTriggers.BookmarkIdKey] = timer.Id.ToString(),
        };
        await scheduler.TriggerJob(ResumeTimerJob.Key, data);
        await scheduler.TriggerJob(ResumeTimerJob.Key, data);
        await host.WaitForStatusAsync(started.InstanceId, WorkflowStatus.Completed);

        Assert.Equal(1, await host.CountLogAsync(started.InstanceId, ExecutionEvent.ActivityResumed));
    }

    [Fact]
    public async Task Trigger_MonthlyTenOClockParis_FiresAtTenLocalAcrossDaylightSaving()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await using var host = new CohortsHostFactory(clock: clock);
        host.CreateClient().Dispose();
        var definition = await host.PublishAsync(new Repeat
        {
            Id = "monthly",
            Count = 3,
            Every = IsoDuration.FromMonths(1),
            From = "2025-03-06T10:00:00",
            Body = new SetVariable { Id = "held", Variable = "held", Expression = "(variables.held || 0) + 1" },
        });
        var started = await host.Runtime().StartAsync(definition);
        var scheduler = await host.SchedulerAsync();

        var fireTimes = new List<DateTimeOffset>();
        for (var occurrence = 0; occurrence < 3; occurrence++)
        {
            var state = (await host.Runtime().GetInstanceAsync(started.InstanceId)).State;
            var timer = Assert.Single(state.Bookmarks);
            var trigger = await WaitForTriggerAsync(scheduler, timer.Id);
            var fireAt = trigger.NextFireTimeUtc!.Value;
            fireTimes.Add(fireAt);
            clock.SetUtcNow(fireAt);
            await WaitForLogCountAsync(host, started.InstanceId, ExecutionEvent.ActivityResumed, occurrence + 1);
        }

        // 10:00 in Paris: UTC+1 before 30 March 2025, UTC+2 after.
        Assert.Equal(
            [
                new DateTimeOffset(2025, 3, 6, 9, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2025, 4, 6, 8, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2025, 5, 6, 8, 0, 0, TimeSpan.Zero),
            ],
            fireTimes);
        await host.WaitForStatusAsync(started.InstanceId, WorkflowStatus.Completed);
    }

    /// <summary>The observer schedules a step's trigger just after the step commits: wait (bounded) for it.</summary>
    private static Task<ITrigger> WaitForTriggerAsync(IScheduler scheduler, Guid bookmarkId) =>
        Eventually.ValueAsync(token => scheduler.GetTrigger(TimerTriggers.KeyFor(bookmarkId), token).AsTask());

    private static Task WaitForNoTriggerAsync(IScheduler scheduler, Guid bookmarkId) =>
        Eventually.TrueAsync(async token => await scheduler.GetTrigger(TimerTriggers.KeyFor(bookmarkId), token) is null);

    private static Task WaitForLogCountAsync(CohortsHostFactory host, Guid instanceId, ExecutionEvent @event, int count) =>
        Eventually.TrueAsync(async _ => await host.CountLogAsync(instanceId, @event) >= count);

    private static async Task<IReadOnlyList<Guid>> LogSequenceAsync(CohortsHostFactory host, IEnumerable<Guid> instanceIds)
    {
        // The execution log's row ids are assigned in commit order across instances.
        await using var context = await host.Services
            .GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Engine.EntityFrameworkCore.WorkflowDbContext>>()
            .CreateDbContextAsync();
        var ids = instanceIds.ToHashSet();
        var resumed = context.ExecutionLog
            .Where(e => e.Event == ExecutionEvent.ActivityResumed)
            .OrderBy(e => e.Id)
            .Select(e => e.InstanceId)
            .ToList();
        return [.. resumed.Where(ids.Contains)];
    }
}
