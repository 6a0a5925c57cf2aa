using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.DependencyInjection;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;
using Cohorts.Host.Scheduling;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Cohorts.Host.Tests.Scheduling;

/// <summary>
/// Timers that are due as soon as they exist (created already due while the host runs, or by the start-up catch-up's
/// own fires) fire at once and in due order, never after Quartz's misfire scan (a minute later).
/// </summary>
public sealed class DueTimerTests
{
    // Well under Quartz's misfire scan (a minute of real time), well over a fire's few milliseconds on a busy machine.
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(15);

    private static readonly Sequence TwoTimers = new()
    {
        Activities =
        [
            new InputTimer { Id = "first", Key = "first" },
            new InputTimer { Id = "second", Key = "second" },
        ],
    };

    [Fact]
    public async Task Timer_CreatedAlreadyDue_FiresAtOnceWithoutTrigger()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 5, 12, 8, 0, 0, TimeSpan.Zero));
        await using var host = Host(null, clock);
        var definition = await host.PublishAsync(TwoTimers);

        // A cohort launched with a start date in the past: its first reminder was due a week ago.
        var started = await host.Runtime().StartAsync(definition, new() { Input = Input(("first", "2025-05-05T08:00:00Z")) });
        var timer = Assert.Single(started.Bookmarks);

        await WaitForStatusAsync(host, started.InstanceId, WorkflowStatus.Completed);
        Assert.Equal(1, await host.CountLogAsync(started.InstanceId, ExecutionEvent.ActivityResumed));
        Assert.Null(await (await host.SchedulerAsync()).GetTrigger(TimerTriggers.KeyFor(timer.Id)));
    }

    [Fact]
    public async Task Timer_CreatedAlreadyDueByAQuartzFire_FiresAtOnce()
    {
        var start = new DateTimeOffset(2025, 5, 12, 8, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        await using var host = Host(null, clock);
        var definition = await host.PublishAsync(TwoTimers);
        var input = Input(("first", "2025-05-13T08:00:00Z"), ("second", "2025-05-13T06:00:00Z"));
        var started = await host.Runtime().StartAsync(definition, new() { Input = input });

        // Quartz fires the first timer on time; its step creates the second, due two hours before.
        clock.Advance(TimeSpan.FromDays(1));

        await WaitForStatusAsync(host, started.InstanceId, WorkflowStatus.Completed);
        Assert.Equal(
            [(started.InstanceId, "first"), (started.InstanceId, "second")],
            await host.ResumedSequenceAsync());
    }

    [Fact]
    public async Task Restart_CatchUpFiresTimersItsFiresCreate_InGlobalDueOrderOnce()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 5, 1, 8, 0, 0, TimeSpan.Zero));
        using var files = new HostFiles();
        Guid coaching;
        Guid collective;
        await using (var first = Host(files, clock))
        {
            var definition = await first.PublishAsync(TwoTimers);

            // A session on 5 May whose escalation (created when its reminder fires) is due on 9 May, and a collective
            // session on 1 June.
            coaching = (await first.Runtime().StartAsync(definition, new() { Input = Input(("first", "2025-05-05T08:00:00Z"), ("second", "2025-05-09T08:00:00Z")) })).InstanceId;
            collective = (await first.Runtime().StartAsync(definition, new() { Input = Input(("first", "2025-06-01T08:00:00Z")) })).InstanceId;
        }

        clock.SetUtcNow(new DateTimeOffset(2025, 6, 15, 8, 0, 0, TimeSpan.Zero));
        await using var second = Host(files, clock);

        Assert.Equal(
            [(coaching, "first"), (coaching, "second"), (collective, "first")],
            await second.ResumedSequenceAsync());
        Assert.Equal(WorkflowStatus.Completed, (await second.Runtime().GetInstanceAsync(coaching)).Status);
        Assert.Equal(WorkflowStatus.Completed, (await second.Runtime().GetInstanceAsync(collective)).Status);
        Assert.Empty(await (await second.SchedulerAsync()).GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(TimerTriggers.Group)));
    }

    [Fact]
    public async Task Restart_ManyInstancesOverdue_CatchUpFiresEveryTimerOnceInDueOrderAndLeavesTriggersInLine()
    {
        var down = new DateTimeOffset(2025, 1, 6, 8, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(down);
        using var files = new HostFiles();
        var random = new Random(11);
        var due = new Dictionary<(Guid, string), DateTimeOffset>();
        var later = new List<Guid>();
        await using (var first = Host(files, clock))
        {
            var definition = await first.PublishAsync(TwoTimers);
            for (var i = 0; i < 40; i++)
            {
                // Each first timer falls due in the 60 days of downtime; the second comes up to 30 days after it,
                // overdue at restart or not yet due. The seconds keep every instant distinct (ties go by bookmark id).
                var firstDue = down.AddHours(1 + random.Next(60 * 24)).AddSeconds(2 * i);
                var secondDue = firstDue.AddHours(1 + random.Next(30 * 24)).AddSeconds(1);
                var input = Input(("first", firstDue.ToString("O")), ("second", secondDue.ToString("O")));
                var id = (await first.Runtime().StartAsync(definition, new() { Input = input })).InstanceId;
                due[(id, "first")] = firstDue;
                due[(id, "second")] = secondDue;
            }
        }

        var restart = down.AddDays(60);
        clock.SetUtcNow(restart);
        await using var second = Host(files, clock);

        var fired = await second.ResumedSequenceAsync();
        var overdue = due.Where(pair => pair.Value <= restart).OrderBy(pair => pair.Value).Select(pair => pair.Key).ToList();
        Assert.Equal(overdue, fired);
        var waiting = due.Where(pair => pair.Value > restart).Select(pair => pair.Key.Item1).ToHashSet();
        var store = second.Store();
        var timers = await store.FindDueTimersAsync(DateTimeOffset.MaxValue, int.MaxValue, CancellationToken.None);
        Assert.Equal(waiting, timers.Select(t => t.InstanceId).ToHashSet());
        var triggers = await (await second.SchedulerAsync()).GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(TimerTriggers.Group));
        Assert.Equal(timers.Select(t => TimerTriggers.KeyFor(t.Id)).ToHashSet(), triggers.ToHashSet());
    }

    private static CohortsHostFactory Host(HostFiles? files, FakeTimeProvider clock)
    {
        var host = new CohortsHostFactory(files, clock, services: services => services.AddCohortsActivity<InputTimer>());
        host.CreateClient().Dispose();
        return host;
    }

    private static JsonObject Input(params (string Key, string Due)[] timers)
    {
        var input = new JsonObject();
        foreach (var (key, due) in timers)
        {
            input[key] = due;
        }

        return input;
    }

    private static Task WaitForStatusAsync(CohortsHostFactory host, Guid instanceId, WorkflowStatus status) =>
        Eventually.TrueAsync(async token => (await host.Runtime().GetInstanceAsync(instanceId, token)).Status == status, AtOnce);
}
