using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.InstanceMigration;
using Cohorts.Engine.Tests.Runtime;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Migration;

public sealed class TimerRearmTests
{
    [Fact]
    public async Task MigrateAsync_WaitUntilOffsetChanged_RearmsFromTheSameDate()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        await harness.PublishAsync(Waiting(new WaitUntil { Id = "review", At = "kickoff", Offset = IsoDuration.FromDays(10) }, ("kickoff", "2025-02-03T10:00:00+01:00")));
        var started = await harness.Runtime.StartAsync("timers");
        await harness.PublishAsync(Waiting(new WaitUntil { Id = "review", At = "kickoff", Offset = IsoDuration.FromDays(3) }, ("kickoff", "2025-02-03T10:00:00+01:00")));

        var plan = await harness.Runtime.PlanMigrationAsync(started.InstanceId, 2);
        await harness.Runtime.MigrateAsync(started.InstanceId, 2);

        var timer = Assert.Single(plan.Bookmarks);
        Assert.Equal((TestWorkflows.ParisTime(2025, 2, 13, 10), TestWorkflows.ParisTime(2025, 2, 6, 10)), (timer.DueAt!.Value, timer.NewDueAt!.Value));
        Assert.Equal(TestWorkflows.ParisTime(2025, 2, 6, 10), await harness.Runtime.GetNextTimerDueAtAsync());
    }

    [Fact]
    public async Task MigrateAsync_RepeatEveryChanged_RearmsTheOccurrenceItWaitsForFromTheAnchor()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        await harness.PublishAsync(Waiting(Monthly(IsoDuration.FromMonths(1)), ("kickoff", "2025-02-03T10:00:00+01:00")));
        var started = await harness.Runtime.StartAsync("timers");
        await harness.RunTimersUntilAsync(TestWorkflows.ParisTime(2025, 2, 4, 9));
        await harness.PublishAsync(Waiting(Monthly(IsoDuration.FromDays(14)), ("kickoff", "2025-02-03T10:00:00+01:00")));

        var plan = await harness.Runtime.PlanMigrationAsync(started.InstanceId, 2);
        await harness.Runtime.MigrateAsync(started.InstanceId, 2);
        var fired = await harness.RunTimersUntilAsync(TestWorkflows.ParisTime(2025, 3, 31, 0));

        var timer = Assert.Single(plan.Bookmarks);
        Assert.Equal((TestWorkflows.ParisTime(2025, 3, 3, 10), TestWorkflows.ParisTime(2025, 2, 17, 10)), (timer.DueAt!.Value, timer.NewDueAt!.Value));
        Assert.Equal([TestWorkflows.ParisTime(2025, 2, 17, 10), TestWorkflows.ParisTime(2025, 3, 3, 10)], fired);
        Assert.Equal(3, probes.Count("session"));
    }

    [Fact]
    public async Task PlanMigrationAsync_TargetWaitsForADateTheJourneyLacks_IsRefusedAndDeclaredVariablesAreAdded()
    {
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(new ProbeLog()));
        await harness.PublishAsync(Waiting(new WaitUntil { Id = "review", At = "2025-02-13T10:00:00+01:00" }));
        var started = await harness.Runtime.StartAsync("timers");
        await harness.PublishAsync(Waiting(new WaitUntil { Id = "review", At = "deadline" }, ("reviewer", "manager")));

        var plan = await harness.Runtime.PlanMigrationAsync(started.InstanceId, 2);

        Assert.Equal(["reviewer"], plan.VariablesAdded);
        var refusal = Assert.Single(plan.Refusals);
        Assert.Equal("variables.deadline", refusal.Path);
    }

    private static WorkflowBuilder Waiting(Activity wait, params (string Name, string Value)[] variables)
    {
        var builder = TestWorkflows.Builder("timers").WithRoot(new Sequence { Id = "main", Activities = [wait, new Probe { Id = "done", Label = "done" }] });
        foreach (var (name, value) in variables)
        {
            builder = builder.WithVariable(name, JsonValue.Create(value));
        }

        return builder;
    }

    private static Repeat Monthly(IsoDuration every) => new()
    {
        Id = "sessions",
        Count = 3,
        Every = every,
        From = "kickoff",
        Body = new Probe { Id = "session", Label = "session" },
    };
}
