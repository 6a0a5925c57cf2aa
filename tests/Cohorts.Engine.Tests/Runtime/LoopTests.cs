using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class LoopTests
{
    [Fact]
    public async Task StartAsync_ForEachOverArrayVariable_SetsItemAndIndexForEachPass()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(TestWorkflows.Builder("for-each")
            .WithVariable("companies", new JsonArray("Acme", "Globex", "Initech"))
            .WithVariable("seen", new JsonArray())
            .WithRoot(new ForEach
            {
                Items = "companies",
                Variable = "company",
                IndexVariable = "i",
                Body = new SetVariable { Variable = "seen", Expression = "seen.concat([i + ':' + company])" },
            }));

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(WorkflowStatus.Completed, started.Status);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal("""["0:Acme","1:Globex","2:Initech"]""", instance.State.Variables["seen"]!.ToJsonString());
        Assert.Equal("Initech", instance.State.Variables["company"]!.GetValue<string>());
        Assert.Equal(2, instance.State.Variables["i"]!.GetValue<int>());
    }

    [Fact]
    public async Task SignalAsync_ForEachBodyThatWaits_ResumesOnePassAtATime()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(TestWorkflows.Builder("for-each-wait")
            .WithVariable("sessions", new JsonArray(41, 42))
            .WithRoot(new ForEach
            {
                Items = "sessions",
                Variable = "sessionId",
                Body = new WaitForSignal { Signal = "session-recorded", CorrelationKey = "session-${sessionId}" },
            }));
        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal("session-41", Assert.Single(started.Bookmarks).CorrelationKey);
        Assert.Equal(0, (await harness.Runtime.SignalAsync("session-recorded", "session-42")).ResumedCount);
        Assert.Equal(1, (await harness.Runtime.SignalAsync("session-recorded", "session-41")).ResumedCount);
        var second = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal("session-42", Assert.Single(second.State.Bookmarks).CorrelationKey);
        var last = await harness.Runtime.SignalAsync("session-recorded", "session-42");
        Assert.Equal(WorkflowStatus.Completed, Assert.Single(last.Resumptions).Status);
    }

    [Fact]
    public async Task StartAsync_RepeatWithCount_RunsTheBodyThatManyTimes()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(TestWorkflows.Builder("repeat")
            .WithVariable("runs", new JsonArray())
            .WithRoot(new Repeat
            {
                Count = 3,
                IndexVariable = "n",
                Body = new SetVariable { Variable = "runs", Expression = "runs.concat([n])" },
            }));

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(WorkflowStatus.Completed, started.Status);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal("[0,1,2]", instance.State.Variables["runs"]!.ToJsonString());
    }

    [Fact]
    public async Task TriggerDueTimersAsync_RepeatEveryMonthFromVariableUntilDate_FiresOnEachOccurrenceThenCompletes()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(TestWorkflows.Builder("monthly-until")
            .WithVariable("cohortStart", "2025-01-06T10:00")
            .WithRoot(new Repeat
            {
                Every = IsoDuration.FromMonths(1),
                From = "cohortStart",
                Until = "2025-04-30",
                Body = new Probe { Label = "session" },
            }));
        var started = await harness.Runtime.StartAsync(definition);

        var fired = await harness.RunTimersUntilAsync(EngineHarness.Start.AddYears(1));

        DateTimeOffset[] expected =
        [
            TestWorkflows.ParisTime(2025, 1, 6, 10),
            TestWorkflows.ParisTime(2025, 2, 6, 10),
            TestWorkflows.ParisTime(2025, 3, 6, 10),
            TestWorkflows.ParisTime(2025, 4, 6, 10),
        ];
        Assert.Equal(expected, fired);
        Assert.Equal(expected, probes.Hits.Select(h => h.At));
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal(expected[^1], instance.FinishedAt);
        Assert.Null(await harness.Runtime.GetNextTimerDueAtAsync());
    }

    [Fact]
    public async Task StartAsync_RepeatScheduleStartedLate_RunsPastOccurrencesAtOnceAndWaitsForTheNext()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(TestWorkflows.Builder("weekly-late")
            .WithVariable("cohortStart", "2024-12-20T10:00")
            .WithRoot(new Repeat
            {
                Every = new IsoDuration(weeks: 1),
                From = "cohortStart",
                Count = 4,
                Body = new Probe { Label = "session" },
            }));

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(3, probes.Count("session"));
        Assert.Equal(TestWorkflows.ParisTime(2025, 1, 10, 10), Assert.Single(started.Bookmarks).DueAt);
    }
}
