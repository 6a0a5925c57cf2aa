using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;
using Snapshooter.Xunit;

namespace Cohorts.Engine.Tests.Definitions;

public sealed class DefinitionRoundTripTests
{
    private readonly ActivityRegistry _registry = new();

    [Fact]
    public void Write_EveryBuiltInActivity_MatchesSnapshot()
    {
        var definition = SampleDefinitions.EveryBuiltInActivity(_registry);

        var json = DefinitionWriter.Write(definition, _registry);

        Snapshot.Match(json);
    }

    [Fact]
    public void Write_EveryBuiltInActivity_UsesEveryBuiltInType()
    {
        var definition = SampleDefinitions.EveryBuiltInActivity(_registry);

        var used = definition.Activities.Select(a => a.GetType()).ToHashSet();

        Assert.All(ActivityRegistry.BuiltInTypes, type => Assert.Contains(type, used));
    }

    [Fact]
    public void ReadThenWrite_WrittenDefinition_GivesSameJson()
    {
        var json = DefinitionWriter.Write(SampleDefinitions.EveryBuiltInActivity(_registry), _registry);

        var result = DefinitionReader.Read(json, _registry);

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        Assert.Equal(json, DefinitionWriter.Write(result.Definition, _registry));
    }

    [Fact]
    public void Read_WrittenDefinition_RestoresSettings()
    {
        var original = SampleDefinitions.EveryBuiltInActivity(_registry);

        var read = DefinitionReader.Read(DefinitionWriter.Write(original, _registry), _registry).GetDefinitionOrThrow();

        Assert.Equal(original.Activities.Select(a => a.Id), read.Activities.Select(a => a.Id));
        Assert.Equal("Europe/Paris", read.TimeZone.Id);
        Assert.Equal(original.Calendar, read.Calendar);
        Assert.True(Assert.IsType<WaitUntil>(read.FindActivity("kickoff")).SkipCalendar);
        Assert.Equal(original.Variables.Keys, read.Variables.Keys);
        var repeat = Assert.IsType<Repeat>(read.FindActivity("monthly-session"));
        Assert.Equal(6, repeat.Count);
        Assert.Equal(IsoDuration.FromMonths(1), repeat.Every);
        var forEach = Assert.IsType<ForEach>(read.Activities.Single(a => a is ForEach));
        Assert.Equal("company", forEach.Variable);
        Assert.Equal("Enough sessions?", read.Activities.Single(a => a is If).DisplayName);
    }

    [Fact]
    public void Write_SettingsAtTheirDefaults_LeavesThemOut()
    {
        var definition = WorkflowBuilder.Create("defaults", "Defaults")
            .Then(new ForEach { Items = "xs", Body = new Sequence() })
            .Build(_registry);

        var json = DefinitionWriter.Write(definition, _registry);

        Assert.DoesNotContain("\"variable\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"activities\": []", json, StringComparison.Ordinal);
        Assert.DoesNotContain("indexVariable", json, StringComparison.Ordinal);
    }
}
