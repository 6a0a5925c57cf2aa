using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Definitions;

public sealed class WorkflowBuilderTests
{
    private readonly ActivityRegistry _registry = new();

    [Fact]
    public void Build_StepsWithoutIds_AssignsDeterministicIds()
    {
        var definition = WorkflowBuilder.Create("onboarding", "Onboarding")
            .Then(new WaitForSignal { Signal = "approved" })
            .Then(new Delay { Duration = IsoDuration.FromDays(3) })
            .Then(new Delay { Id = "delay2", Duration = IsoDuration.FromDays(1) })
            .Then(new Delay { Duration = IsoDuration.FromDays(5) })
            .Build(_registry);

        Assert.Equal(["sequence1", "waitForSignal1", "delay1", "delay2", "delay3"], definition.Activities.Select(a => a.Id));
    }

    [Fact]
    public void Build_DefinitionSettings_AreKept()
    {
        var definition = WorkflowBuilder.Create("onboarding", "Onboarding")
            .WithDescription("New companies")
            .InTimeZone("Europe/Paris")
            .WithVariable("count", 0)
            .WithVariable("cohortStart", "2025-01-06")
            .Then(new WaitForSignal { Signal = "approved" })
            .Build(_registry);

        Assert.Equal("onboarding", definition.DefinitionId);
        Assert.Equal("Onboarding", definition.Name);
        Assert.Equal("New companies", definition.Description);
        Assert.Equal("Europe/Paris", definition.TimeZone.Id);
        Assert.Equal(["count", "cohortStart"], definition.Variables.Keys);
        Assert.Equal(0, definition.Variables["count"]!.GetValue<int>());
        Assert.IsType<Sequence>(definition.Root);
    }

    [Fact]
    public void Build_WithRoot_UsesTheActivityAsRoot()
    {
        var root = new Race { Branches = [new WaitForSignal { Signal = "done" }, new Delay { Duration = IsoDuration.FromDays(7) }] };

        var definition = WorkflowBuilder.Create("deadline", "Deadline").WithRoot(root).Build(_registry);

        Assert.Same(root, definition.Root);
        Assert.Equal("race1", root.Id);
    }

    [Fact]
    public void Build_InvalidDefinition_ThrowsWithEveryProblem()
    {
        var builder = WorkflowBuilder.Create("broken", "Broken")
            .InTimeZone("Nowhere/Land")
            .Then(new If { Condition = "count >" })
            .Then(new Race { Branches = [new Delay { Duration = IsoDuration.FromDays(1) }] })
            .Then(new Finish())
            .Then(new WaitForSignal { Signal = "never" });

        var exception = Assert.Throws<InvalidDefinitionException>(() => builder.Build(_registry));

        Assert.Equal(
            ["$.timeZone", "$.root.activities[3]", "$.root.activities[0].condition", "$.root.activities[1].branches"],
            exception.Problems.Select(p => p.Path));
    }

    [Fact]
    public void TryBuild_InvalidDefinition_ReturnsProblems()
    {
        var result = WorkflowBuilder.Create("broken", "Broken")
            .Then(new Delay { Id = "wait", Duration = IsoDuration.FromDays(1) })
            .Then(new Delay { Id = "wait", Duration = IsoDuration.FromDays(2) })
            .TryBuild(_registry);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.root.activities[1].id", problem.Path);
        Assert.Equal("duplicate id 'wait': $.root.activities[0] has it already", problem.Message);
    }

    [Fact]
    public void TryBuild_ValidDefinition_WritesAndReadsBackTheSame()
    {
        var definition = WorkflowBuilder.Create("onboarding", "Onboarding")
            .Then(new WaitForSignal { Signal = "approved" })
            .TryBuild(_registry)
            .GetDefinitionOrThrow();
        var json = DefinitionWriter.Write(definition, _registry);

        var read = DefinitionReader.Read(json, _registry).GetDefinitionOrThrow();

        Assert.Equal(json, DefinitionWriter.Write(read, _registry));
    }

    [Fact]
    public void Then_AfterWithRoot_Throws()
    {
        var builder = WorkflowBuilder.Create("x", "X").WithRoot(new Sequence());

        Assert.Throws<InvalidOperationException>(() => builder.Then(new Finish()));
    }

    [Fact]
    public void WithRoot_AfterThen_Throws()
    {
        var builder = WorkflowBuilder.Create("x", "X").Then(new Finish());

        Assert.Throws<InvalidOperationException>(() => builder.WithRoot(new Sequence()));
    }

    [Theory]
    [InlineData("", "Name")]
    [InlineData("id", " ")]
    public void Create_BlankIdOrName_Throws(string id, string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => WorkflowBuilder.Create(id, name));
    }
}
