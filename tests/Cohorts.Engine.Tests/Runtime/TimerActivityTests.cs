using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Runtime;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class TimerActivityTests
{
    [Theory]
    [InlineData("P3D", 3 * 24 * 60)]
    [InlineData("PT1H30M", 90)]
    [InlineData("P1W", 7 * 24 * 60)]
    public async Task TriggerDueTimersAsync_Delay_FiresWhenTheDurationHasPassedAndNotBefore(string duration, int minutes)
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Delay { Id = "wait", Duration = IsoDuration.Parse(duration) });
        var due = EngineHarness.Start.AddMinutes(minutes);

        var started = await harness.Runtime.StartAsync(definition);

        var timer = Assert.Single(started.Bookmarks);
        Assert.Equal(BookmarkKind.Timer, timer.Kind);
        Assert.Equal(due, timer.DueAt);
        Assert.Empty(await harness.RunTimersUntilAsync(due.AddSeconds(-1)));
        Assert.Equal(0, await harness.Runtime.TriggerDueTimersAsync());
        Assert.Equal(WorkflowStatus.Suspended, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).Status);
        Assert.Equal([due], await harness.RunTimersUntilAsync(due.AddDays(30)));
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal(due, instance.FinishedAt);
    }

    [Fact]
    public async Task ResumeBookmarkAsync_TimerNotYetDue_IsNotDueAndKeepsWaiting()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Delay { Duration = IsoDuration.FromDays(1) });
        var started = await harness.Runtime.StartAsync(definition);

        var early = await harness.Runtime.ResumeBookmarkAsync(started.InstanceId, Assert.Single(started.Bookmarks).Id);

        Assert.Equal(ResumeOutcome.NotDue, early.Outcome);
        Assert.Equal(WorkflowStatus.Suspended, early.Status);
        Assert.Equal(1, await harness.CountBookmarkRowsAsync());
    }

    [Fact]
    public async Task TriggerDueTimersAsync_WaitUntilInstant_FiresAtThatInstant()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new WaitUntil { At = "2025-03-01T12:00:00Z" });
        var started = await harness.Runtime.StartAsync(definition);

        var fired = await harness.RunTimersUntilAsync(EngineHarness.Start.AddYears(1));

        var at = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal([at], fired);
        Assert.Equal(at, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).FinishedAt);
    }

    [Fact]
    public async Task StartAsync_WaitUntilOffsetFromVariableDate_WaitsUntilThatLocalTimeSixMonthsLater()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(TestWorkflows.Builder("mid-term")
            .WithVariable("cohortStart", "2025-01-06T10:00")
            .WithRoot(new WaitUntil { Id = "mid-term-review", At = "cohortStart", Offset = IsoDuration.FromMonths(6) }));

        var started = await harness.Runtime.StartAsync(definition);

        // 10:00 in Paris in July is 08:00 UTC (summer time), although the anchor was 09:00 UTC in January.
        var due = new DateTimeOffset(2025, 7, 6, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(due, Assert.Single(started.Bookmarks).DueAt);
        Assert.Equal([due], await harness.RunTimersUntilAsync(EngineHarness.Start.AddYears(1)));
        Assert.Equal(WorkflowStatus.Completed, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).Status);
    }

    [Theory]
    [InlineData("2024-12-31")]
    [InlineData("2025-01-06T08:00:00Z")]
    public async Task StartAsync_WaitUntilInstantInThePastOrNow_CompletesAtOnce(string at)
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new WaitUntil { At = at });

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(WorkflowStatus.Completed, started.Status);
        Assert.Empty(started.Bookmarks);
        Assert.Null(await harness.Runtime.GetNextTimerDueAtAsync());
    }

    [Fact]
    public async Task StartAsync_WaitUntilVariableWithoutADate_FaultsNamingTheVariable()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(TestWorkflows.Builder("bad-date")
            .WithVariable("cohortStart", "soon")
            .WithRoot(new WaitUntil { Id = "review", At = "cohortStart" }));

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal("review", incident.ActivityId);
        Assert.Contains("cohortStart", incident.Message, StringComparison.Ordinal);
    }
}
