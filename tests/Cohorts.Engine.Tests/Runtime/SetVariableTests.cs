using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class SetVariableTests
{
    [Fact]
    public async Task StartAsync_SetVariableLiteralAndExpression_StoresBothInTheInstance()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(TestWorkflows.Builder("set-variable")
            .WithVariable("count", 1)
            .WithRoot(new Sequence
            {
                Activities =
                [
                    new SetVariable { Variable = "coach", Value = JsonNode.Parse("""{ "name": "Ana", "languages": ["fr", "en"] }""") },
                    new SetVariable { Variable = "count", Expression = "count + 1" },
                    new SetVariable { Variable = "greeting", Expression = "'Hello ' + coach.name + ' from ' + input.company" },
                ],
            }));

        var started = await harness.Runtime.StartAsync(definition, new() { Input = JsonNode.Parse("""{ "company": "Acme" }""") });

        var variables = (await harness.Runtime.GetInstanceAsync(started.InstanceId)).State.Variables;
        Assert.Equal("""{"name":"Ana","languages":["fr","en"]}""", variables["coach"]!.ToJsonString());
        Assert.Equal(2, variables["count"]!.GetValue<long>());
        Assert.Equal("Hello Ana from Acme", variables["greeting"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignalAsync_VariableSetBeforeWaiting_SurvivesTheRoundTripThroughTheDatabase()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(new Sequence
        {
            Activities =
            [
                new SetVariable { Variable = "stage", Value = "applied" },
                new WaitForSignal { Signal = "go" },
                new SetVariable { Variable = "stage", Expression = "stage + '-then-accepted'" },
            ],
        });
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "c" });
        await harness.RestartAsync();

        await harness.Runtime.SignalAsync("go", "c");

        var variables = (await harness.Runtime.GetInstanceAsync(started.InstanceId)).State.Variables;
        Assert.Equal("applied-then-accepted", variables["stage"]!.GetValue<string>());
    }
    [Fact]
    public async Task SignalAsync_NamesThatDifferOnlyInCase_StayTwoNamesAfterTheRoundTripThroughTheDatabase()
    {
        // JavaScript's names are case-sensitive: `a` and `A` are two members, and `Stage` is not `stage`. The state read
        // back from the database keeps them apart (read with case-insensitive names, the object threw at its first use),
        // and so does the definition read back after the restart (`pair`'s value).
        await using var harness = await EngineHarness.CreateAsync();
        var definition = await harness.PublishAsync(TestWorkflows.Builder("case")
            .WithVariable("stage", "applied")
            .WithVariable("Stage", "other")
            .WithRoot(new Sequence
            {
                Activities =
                [
                    new SetVariable { Variable = "early", Value = JsonNode.Parse("""{ "c": 100, "C": 200 }""") },
                    new WaitForSignal { Signal = "go" },
                    new SetVariable { Variable = "pair", Value = JsonNode.Parse("""{ "a": 1, "A": 2 }""") },
                    new SetVariable { Variable = "sum", Expression = "pair.a + pair.A + input.b + input.B + early.c + early.C" },
                    new SetVariable { Variable = "stage", Expression = "stage + '-' + Stage" },
                ],
            }));
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "c", Input = JsonNode.Parse("""{ "b": 10, "B": 20 }""") });
        await harness.RestartAsync();

        await harness.Runtime.SignalAsync("go", "c");

        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.Equal(Instances.WorkflowStatus.Completed, instance.Status);
        Assert.Equal(333, instance.State.Variables["sum"]!.GetValue<long>());
        Assert.Equal("applied-other", instance.State.Variables["stage"]!.GetValue<string>());
        Assert.Equal("""{"a":1,"A":2}""", instance.State.Variables["pair"]!.ToJsonString());
    }
}
