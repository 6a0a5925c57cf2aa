using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class TimerScheduleTests
{
    [Fact]
    public async Task RunTimersUntilAsync_YearOfMonthlySessions_FiresTwelveTimesAtTenParisTimeAcrossDaylightSaving()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(TestWorkflows.Builder("monthly-sessions")
            .WithVariable("cohortStart", "2025-01-06T10:00")
            .WithRoot(new Repeat
            {
                Id = "sessions",
                Every = IsoDuration.FromMonths(1),
                From = "cohortStart",
                Count = 12,
                IndexVariable = "session",
                Body = new Probe { Label = "session" },
            }));
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });

        var fired = await harness.RunTimersUntilAsync(EngineHarness.Start.AddYears(1));

        Assert.Equal(12, fired.Count);
        Assert.Equal(Enumerable.Range(1, 12), fired.Select(f => f.UtcDateTime.Month));
        Assert.All(fired, f => Assert.Equal((6, new TimeSpan(10, 0, 0)), (f.UtcDateTime.Day, TimeZoneInfo.ConvertTime(f, TestWorkflows.Paris).TimeOfDay)));
        Assert.Equal([9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 9, 9], fired.Select(f => f.UtcDateTime.Hour));
        Assert.Equal(fired, probes.Hits.Select(h => h.At));
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal(fired[^1], instance.FinishedAt);
        Assert.Equal(11, instance.State.Variables["session"]!.GetValue<int>());
        Assert.Null(await harness.Runtime.GetNextTimerDueAtAsync());
        Assert.Equal(12, (await harness.GetLogAsync(started.InstanceId)).Count(e => e.Event == ExecutionEvent.ActivityResumed));
    }

    [Fact]
    public async Task RunTimersUntilAsync_SeveralInstancesWithInterleavedTimers_FireInGlobalDueOrder()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(TestWorkflows.Builder("every-other-day")
            .WithRoot(new Sequence
            {
                Activities =
                [
                    new SetVariable { Variable = "firstAt", Expression = "input.firstAt" },
                    new Repeat { Every = IsoDuration.FromDays(2), From = "firstAt", Count = 3, Body = new Probe { Label = "tick" } },
                ],
            }));
        foreach (var (company, firstAt) in new[] { ("a", "2025-01-06T12:00"), ("b", "2025-01-07T09:00"), ("c", "2025-01-06T18:00") })
        {
            await harness.Runtime.StartAsync(definition, new() { CorrelationId = company, Input = new JsonObject { ["firstAt"] = firstAt } });
        }

        await harness.RunTimersUntilAsync(EngineHarness.Start.AddDays(30));

        (string, DateTimeOffset)[] expected =
        [
            ("a", TestWorkflows.ParisTime(2025, 1, 6, 12)),
            ("c", TestWorkflows.ParisTime(2025, 1, 6, 18)),
            ("b", TestWorkflows.ParisTime(2025, 1, 7, 9)),
            ("a", TestWorkflows.ParisTime(2025, 1, 8, 12)),
            ("c", TestWorkflows.ParisTime(2025, 1, 8, 18)),
            ("b", TestWorkflows.ParisTime(2025, 1, 9, 9)),
            ("a", TestWorkflows.ParisTime(2025, 1, 10, 12)),
            ("c", TestWorkflows.ParisTime(2025, 1, 10, 18)),
            ("b", TestWorkflows.ParisTime(2025, 1, 11, 9)),
        ];
        Assert.Equal(expected, probes.Hits.Select(h => (h.CorrelationId!, h.At)));
        var completed = await harness.Store.ListAsync(new() { Status = WorkflowStatus.Completed }, CancellationToken.None);
        Assert.Equal(3, completed.Count);
    }

    [Fact]
    public async Task TriggerDueTimersAsync_ManyTimersDueAtOnce_FiresThemEarliestFirst()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(TestWorkflows.Builder("delay-from-input")
            .WithRoot(new Sequence
            {
                Activities =
                [
                    new SetVariable { Variable = "at", Expression = "input.at" },
                    new WaitUntil { At = "at" },
                    new Probe { Label = "fired" },
                ],
            }));
        string[] order = ["third", "first", "fourth", "second"];
        var dueAt = new Dictionary<string, string>
        {
            ["first"] = "2025-01-07T09:00",
            ["second"] = "2025-01-07T09:30",
            ["third"] = "2025-01-08T08:00",
            ["fourth"] = "2025-01-09T10:00",
        };
        foreach (var company in order)
        {
            await harness.Runtime.StartAsync(definition, new() { CorrelationId = company, Input = new JsonObject { ["at"] = dueAt[company] } });
        }

        harness.Clock.Advance(TimeSpan.FromDays(10));
        var fired = await harness.Runtime.TriggerDueTimersAsync();

        Assert.Equal(4, fired);
        Assert.Equal(["first", "second", "third", "fourth"], probes.Hits.Select(h => h.CorrelationId));
        Assert.Null(await harness.Runtime.GetNextTimerDueAtAsync());
        Assert.Equal(0, await harness.Runtime.TriggerDueTimersAsync());
    }
}
