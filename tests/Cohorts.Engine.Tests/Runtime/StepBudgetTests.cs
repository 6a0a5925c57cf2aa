using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.DependencyInjection;
using Cohorts.Engine.Expressions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Engine.Tests.Runtime;

/// <summary>
/// The step budget (<see cref="StepBudgetOptions"/>) and the loops' limits at run time, on a real SQLite file: at each
/// limit the step runs; one past it the instance faults with an incident saying which limit, keeps nothing too large,
/// and can be retried.
/// </summary>
public sealed class StepBudgetTests
{
    [Fact]
    public async Task StartAsync_RepeatOfSetVariablesPastTheDefaultBudget_FaultsAfter10000Activities()
    {
        await using var harness = await EngineHarness.CreateAsync();

        // The probe's 60,000 SetVariables, within the count limit: 1,000 passes of 60.
        var body = new Sequence { Activities = [.. Enumerable.Range(0, 60).Select(i => new SetVariable { Variable = "x", Value = i })] };
        var definition = await harness.PublishAsync(new Repeat { Id = "loop", Count = DefinitionLimits.MaxRepeatCount, Body = body });

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.StartsWith("This step ran 10,000 activities, the most one step may run: a loop that never waits", incident.Message, StringComparison.Ordinal);
        Assert.Null(incident.ExceptionType);
    }

    [Fact]
    public async Task StartAsync_ActivitiesAtTheBudget_Completes()
    {
        await using var harness = await EngineHarness.CreateAsync(Budget(b => b.MaxActivities = 10));

        // The Repeat and nine SetVariables: ten activities.
        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(Loop(9)));

        Assert.Equal(WorkflowStatus.Completed, started.Status);
    }

    [Fact]
    public async Task StartAsync_ActivitiesOnePastTheBudget_FaultsBeforeTheNextAndRetryCarriesOn()
    {
        await using var harness = await EngineHarness.CreateAsync(Budget(b => b.MaxActivities = 10));
        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(Loop(10)));

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal("set", incident.ActivityId);
        Assert.StartsWith("This step ran 10 activities", incident.Message, StringComparison.Ordinal);
        var faulted = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(8, faulted.State.Variables["n"]!.GetValue<int>()); // nine passes ran; the tenth's SetVariable did not

        var retried = await harness.Runtime.RetryAsync(started.InstanceId);

        Assert.Equal(WorkflowStatus.Completed, retried.Status);
        var completed = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(9, completed.State.Variables["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task StartAsync_StepAtTheTimeBudget_Completes()
    {
        await using var harness = await EngineHarness.CreateAsync(Ticks());

        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(Ticking(6_000, 6_000, 6_000, 6_000, 6_000)));

        Assert.Equal(WorkflowStatus.Completed, started.Status);
    }

    [Fact]
    public async Task StartAsync_StepOnePastTheTimeBudget_FaultsAndRetryCarriesOn()
    {
        await using var harness = await EngineHarness.CreateAsync(Ticks());
        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(Ticking(6_000, 6_000, 6_000, 6_000, 6_001, 0)));

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.StartsWith("This step ran for 30.0 s after 6 activities, and one step may run for 30 s", incident.Message, StringComparison.Ordinal);

        var retried = await harness.Runtime.RetryAsync(started.InstanceId);

        Assert.Equal(WorkflowStatus.Completed, retried.Status);
    }

    [Fact]
    public async Task StartAsync_TheWorkflowsClockMovesOnHoursDuringAStep_CompletesMeasuredByTheSystemClock()
    {
        // The host's own budget clock (none registered): a test's fake clock moved on while a step runs (a timer that
        // fires in the background, as a host's tests do) is no time the step spent.
        await using var harness = await EngineHarness.CreateAsync(services => services.AddCohortsActivity<Tick>());
        var definition = new Sequence
        {
            Activities = [new Tick { Id = "write", Writes = true, Milliseconds = 0 }, new Tick { Id = "jump", Milliseconds = 5 * 3_600_000 }, new Tick { Id = "after", Milliseconds = 0 }],
        };

        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(definition));

        Assert.Equal(WorkflowStatus.Completed, started.Status);
        Assert.Empty(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
    }

    [Fact]
    public async Task StartAsync_SlowWorkAfterWriting_StopsOnceTheWritePathIsHeldTooLongAndRetryCarriesOn()
    {
        await using var harness = await EngineHarness.CreateAsync(Ticks());
        var definition = new Sequence
        {
            Activities = [new Tick { Id = "write", Writes = true, Milliseconds = 0 }, new Tick { Id = "slow1", Milliseconds = 10_000 }, new Tick { Id = "slow2", Milliseconds = 5_001 }, new Tick { Id = "after", Milliseconds = 0 }],
        };

        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(definition));

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.StartsWith("This step kept the database's write path for 15.0 s after writing its first rows, and one step may keep it for 15 s", incident.Message, StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Completed, (await harness.Runtime.RetryAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task StartAsync_SameSlowWorkBeforeWriting_Completes()
    {
        await using var harness = await EngineHarness.CreateAsync(Ticks());
        var definition = new Sequence
        {
            Activities = [new Tick { Id = "slow1", Milliseconds = 10_000 }, new Tick { Id = "slow2", Milliseconds = 5_001 }, new Tick { Id = "write", Writes = true, Milliseconds = 0 }, new Tick { Id = "after", Milliseconds = 0 }],
        };

        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(definition));

        Assert.Equal(WorkflowStatus.Completed, started.Status);
    }

    [Fact]
    public async Task StartAsync_VariableAtTheSizeLimit_IsStored()
    {
        await using var harness = await EngineHarness.CreateAsync();

        // A string of n characters is n + 2 bytes of JSON.
        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(new SetVariable { Variable = "big", Expression = "'x'.repeat(65534)" }));

        Assert.Equal(WorkflowStatus.Completed, started.Status);
        Assert.Equal(65_534, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).State.Variables["big"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task StartAsync_VariableOnePastTheSizeLimit_FaultsAndKeepsTheOldValue()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(TestWorkflows.Builder("too-big")
            .WithVariable("big", "small")
            .WithRoot(new SetVariable { Id = "grow", Variable = "big", Expression = "'x'.repeat(65535)" }));

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal("grow", incident.ActivityId);
        Assert.StartsWith("Variable 'big' would hold more than 65,536 bytes of JSON, the most one variable may hold", incident.Message, StringComparison.Ordinal);
        Assert.Equal("small", (await harness.Runtime.GetInstanceAsync(started.InstanceId)).State.Variables["big"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartAsync_MillionElementArray_IsNeverStored()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(new SetVariable { Variable = "big", Expression = "new Array(2**20).fill(0)" }));

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        Assert.Contains("more memory than an expression may use", Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None)).Message, StringComparison.Ordinal);
        Assert.False((await harness.Runtime.GetInstanceAsync(started.InstanceId)).State.Variables.ContainsKey("big"));
    }

    [Fact]
    public async Task StartAsync_VariablesAtTheStateLimit_AreStored()
    {
        await using var harness = await EngineHarness.CreateAsync();

        // Sixteen variables of 65,536 bytes: 1,048,576 bytes, the limit.
        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(Filling(16)));

        Assert.Equal(WorkflowStatus.Completed, started.Status);
    }

    [Fact]
    public async Task StartAsync_VariablesOnePastTheStateLimit_FaultsAtTheVariableThatCrossesIt()
    {
        await using var harness = await EngineHarness.CreateAsync();

        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(Filling(17)));

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal("v16", incident.ActivityId);
        Assert.StartsWith("The variables would hold 1,114,112 bytes of JSON together, more than the 1,048,576 an instance may hold", incident.Message, StringComparison.Ordinal);
        var faulted = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(16, faulted.State.Variables.Count);
    }

    [Fact]
    public async Task StartAsync_ForEachAtTheItemLimit_RunsEveryItem()
    {
        await using var harness = await EngineHarness.CreateAsync();

        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(Each(DefinitionLimits.MaxForEachItems)));

        Assert.Equal(WorkflowStatus.Completed, started.Status);
        Assert.Equal(999, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).State.Variables["item"]!.GetValue<int>());
    }

    [Fact]
    public async Task StartAsync_ForEachOnePastTheItemLimit_FaultsWithoutStoringTheItems()
    {
        await using var harness = await EngineHarness.CreateAsync();

        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(Each(DefinitionLimits.MaxForEachItems + 1)));

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal("each", incident.ActivityId);
        Assert.Contains("gives 1,001 items, and a ForEach runs over at most 1,000", incident.Message, StringComparison.Ordinal);
        var execution = Assert.Single((await harness.Runtime.GetInstanceAsync(started.InstanceId)).State.Executions);
        Assert.False(execution.State.ContainsKey("items"));
    }

    [Fact]
    public async Task StartAsync_ForEachItemsLargerThanAVariable_FaultsWithoutStoringThem()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new ForEach
        {
            Id = "each",
            Items = "Array.from({ length: 100 }, () => 'x'.repeat(1000))",
            Body = new SetVariable { Variable = "seen", Value = true },
        });

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        Assert.StartsWith("Activity 'each' would keep more than 65,536 bytes of JSON in its own state", Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None)).Message, StringComparison.Ordinal);
        Assert.Empty(Assert.Single((await harness.Runtime.GetInstanceAsync(started.InstanceId)).State.Executions).State);
    }

    [Fact]
    public async Task StartAsync_PublishedRepeatPastTheCountLimit_FaultsWhenItRuns()
    {
        await using var harness = await EngineHarness.CreateAsync();

        // A version published before the limit: read leniently, so only running it can refuse it.
        var legacy = new WorkflowDefinition("legacy", "Legacy", new Repeat { Id = "loop", Count = 60_000, Body = new SetVariable { Id = "set", Variable = "x", Value = 1 } }, version: 1);

        var started = await harness.Runtime.StartAsync(legacy);

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal("loop", incident.ActivityId);
        Assert.StartsWith("count 60,000 is more than the 1,000 occurrences a Repeat may have", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ExpressionPastTheMemoryLimit_FaultsWithTheLimitInTheIncident()
    {
        await using var harness = await EngineHarness.CreateAsync();

        var started = await harness.Runtime.StartAsync(await harness.PublishAsync(new SetVariable { Id = "grow", Variable = "s", Expression = "'x'.repeat(2**26)" }));

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Contains("repeat would build a string of 67,108,864 characters", incident.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(ExpressionException).FullName, incident.ExceptionType);
    }

    [Fact]
    public void StepBudgetOptions_LimitOfZero_IsRefusedNamingTheSetting()
    {
        var options = new StepBudgetOptions();

        Assert.Equal("MaxActivities", Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxActivities = 0).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxDuration = TimeSpan.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxWritePathHold = TimeSpan.FromSeconds(-1));
        Assert.Equal("MaxStateBytes", Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxStateBytes = -1).ParamName);
    }

    private static Action<IServiceCollection> Budget(Action<StepBudgetOptions> configure)
    {
        var options = new WorkflowRuntimeOptions();
        configure(options.StepBudget);
        return services => services.AddSingleton(options);
    }

    // Tick stands for slow work by moving the fake clock: the budget measures with that clock here.
    private static Action<IServiceCollection> Ticks() => services => services
        .AddCohortsActivity<Tick>()
        .AddSingleton(provider => new StepBudgetClock(provider.GetRequiredService<TimeProvider>()));

    private static Repeat Loop(int count) =>
        new() { Id = "loop", Count = count, IndexVariable = "i", Body = new SetVariable { Id = "set", Variable = "n", Expression = "i" } };

    private static Sequence Ticking(params int[] milliseconds) =>
        new() { Activities = [.. milliseconds.Select((ms, i) => new Tick { Id = $"tick{i}", Milliseconds = ms })] };

    private static Sequence Filling(int variables) =>
        new() { Activities = [.. Enumerable.Range(0, variables).Select(i => new SetVariable { Id = $"v{i}", Variable = $"v{i}", Expression = "'x'.repeat(65534)" })] };

    private static ForEach Each(int items) =>
        new() { Id = "each", Items = $"Array.from({{ length: {items} }}, (_, i) => i)", Body = new SetVariable { Variable = "last", Expression = "item" } };
}
