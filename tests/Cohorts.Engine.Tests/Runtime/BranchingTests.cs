using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class BranchingTests
{
    [Theory]
    [InlineData(8, "then", "True")]
    [InlineData(3, "else", "False")]
    public async Task StartAsync_If_RunsTheBranchTheConditionSelects(int score, string expectedBranch, string expectedOutcome)
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(TestWorkflows.Builder("if")
            .WithVariable("score", score)
            .WithRoot(new If
            {
                Id = "check",
                Condition = "score > 5",
                Then = new Probe { Id = "then", Label = "then" },
                Else = new Probe { Id = "else", Label = "else" },
            }));

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Equal(WorkflowStatus.Completed, started.Status);
        Assert.Equal([expectedBranch], probes.Hits.Select(h => h.Label));
        var log = await harness.GetLogAsync(started.InstanceId);
        Assert.Equal(expectedOutcome, Assert.Single(log, e => e.Event == ExecutionEvent.ActivityCompleted && e.ActivityId == "check").Detail);
    }

    [Theory]
    [InlineData(3, "then")]
    [InlineData(0, "else")]
    public async Task StartAsync_IfConditionGivingANumber_UsesJavaScriptTruthiness(int sessions, string expectedBranch)
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(TestWorkflows.Builder("if-number")
            .WithVariable("sessions", sessions)
            .WithRoot(new If
            {
                Condition = "sessions",
                Then = new Probe { Label = "then" },
                Else = new Probe { Label = "else" },
            }));

        var started = await harness.Runtime.StartAsync(definition);

        Assert.Empty(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal(WorkflowStatus.Completed, started.Status);
        Assert.Equal([expectedBranch], probes.Hits.Select(h => h.Label));
    }

    [Theory]
    [InlineData("\"workshop\"", "workshop", "workshop")]
    [InlineData("\"mentoring\"", "mentoring", "mentoring")]
    [InlineData("3", "three", "3")]
    [InlineData("\"unknown\"", "default", "Default")]
    public async Task StartAsync_Switch_RunsTheMatchingCaseOrTheDefault(string kind, string expectedBranch, string expectedOutcome)
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.PublishAsync(new Switch
        {
            Id = "route",
            Expression = "input.kind",
            Cases =
            [
                new SwitchCase { When = "workshop", Activity = new Probe { Label = "workshop" } },
                new SwitchCase { When = "mentoring", Activity = new Probe { Label = "mentoring" } },
                new SwitchCase { When = 3, Activity = new Probe { Label = "three" } },
            ],
            Default = new Probe { Label = "default" },
        });

        var started = await harness.Runtime.StartAsync(definition, new() { Input = JsonNode.Parse($$"""{ "kind": {{kind}} }""") });

        Assert.Empty(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal(WorkflowStatus.Completed, started.Status);
        Assert.Equal([expectedBranch], probes.Hits.Select(h => h.Label));
        var log = await harness.GetLogAsync(started.InstanceId);
        Assert.Equal(expectedOutcome, Assert.Single(log, e => e.Event == ExecutionEvent.ActivityCompleted && e.ActivityId == "route").Detail);
    }

    [Fact]
    public async Task SignalAsync_IfBranchThatWaits_CompletesWithTheConditionsOutcomeAfterResuming()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new If
        {
            Id = "check",
            Condition = "input.needsApproval",
            Then = new WaitForSignal { Signal = "approved" },
        });

        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "c", Input = JsonNode.Parse("""{ "needsApproval": true }""") });
        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        await harness.Runtime.SignalAsync("approved", "c");

        var log = await harness.GetLogAsync(started.InstanceId);
        Assert.Equal("True", Assert.Single(log, e => e.Event == ExecutionEvent.ActivityCompleted && e.ActivityId == "check").Detail);
        Assert.Equal(WorkflowStatus.Completed, (await harness.Runtime.GetInstanceAsync(started.InstanceId)).Status);
    }
}
