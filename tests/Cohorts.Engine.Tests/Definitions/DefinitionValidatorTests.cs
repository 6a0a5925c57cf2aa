using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;
using Parallel = Cohorts.Engine.Activities.Parallel;

namespace Cohorts.Engine.Tests.Definitions;

public sealed class DefinitionValidatorTests
{
    private readonly ActivityRegistry _registry = new();

    [Fact]
    public void Validate_ValidDefinition_ReturnsNoProblems()
    {
        var definition = SampleDefinitions.EveryBuiltInActivity(_registry);

        Assert.Empty(DefinitionValidator.Validate(definition, _registry));
    }

    [Fact]
    public void Validate_UnregisteredActivityType_ReportsIt()
    {
        var definition = Definition(new Sequence { Id = "main", Activities = [new UnregisteredActivity { Id = "odd" }] });

        var problem = Assert.Single(DefinitionValidator.Validate(definition, _registry));

        Assert.Equal("$.root.activities[0]", problem.Path);
        Assert.Contains("UnregisteredActivity is not a registered activity type", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RequiredSettingForcedToNull_ReportsItMissing()
    {
        var definition = Definition(new Sequence { Id = "main", Activities = [new WaitForSignal { Id = "w", Signal = null! }] });

        var problem = Assert.Single(DefinitionValidator.Validate(definition, _registry));

        Assert.Equal(new DefinitionProblem("$.root.activities[0].signal", "missing: required"), problem);
    }

    [Fact]
    public void TryBuild_NullEntryInList_ReportsIt()
    {
        // A WorkflowDefinition cannot even be constructed around a null child: the builder checks before it does.
        var root = new Sequence { Activities = [null!, new Finish()] };

        var result = WorkflowBuilder.Create("x", "X").WithRoot(new If { Condition = "x", Then = root }).TryBuild(_registry);

        Assert.Equal(new DefinitionProblem("$.root.then.activities[0]", "must not be null"), Assert.Single(result.Problems));
    }

    [Fact]
    public void Validate_SameActivityTwice_ReportsDuplicateId()
    {
        var wait = new Delay { Id = "wait", Duration = IsoDuration.FromDays(1) };
        var definition = Definition(new Parallel { Id = "both", Branches = [wait, wait] });

        var problem = Assert.Single(DefinitionValidator.Validate(definition, _registry));

        Assert.Equal("$.root.branches[1].id", problem.Path);
    }

    [Fact]
    public void Validate_ActivityWithoutId_ReportsIt()
    {
        var definition = Definition(new Finish());

        var problem = Assert.Single(DefinitionValidator.Validate(definition, _registry));

        Assert.Equal("$.root.id", problem.Path);
    }

    [Fact]
    public void Validate_MissingActivity_ReportsUnknownType()
    {
        var loaded = DefinitionReader.Read(
            DefinitionReaderTests.Doc("""{ "type": "Teleport", "id": "beam" }"""),
            _registry,
            DefinitionReadMode.Lenient).GetDefinitionOrThrow();

        var problem = Assert.Single(DefinitionValidator.Validate(loaded, _registry));

        Assert.Equal("$.root.type", problem.Path);
    }

    private static WorkflowDefinition Definition(Activity root) => new("test", "Test", root);
}
