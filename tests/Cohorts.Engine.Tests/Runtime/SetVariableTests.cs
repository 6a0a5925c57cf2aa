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
}
