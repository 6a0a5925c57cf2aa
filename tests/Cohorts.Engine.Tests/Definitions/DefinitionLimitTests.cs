using System.Text;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;

namespace Cohorts.Engine.Tests.Definitions;

/// <summary>
/// <see cref="DefinitionLimits"/> in the reader (strict), the builder and the writer: each limit is accepted, and one past
/// it is a problem at the path of the first activity past it. Lenient reading (published versions) keeps loading them.
/// </summary>
public sealed class DefinitionLimitTests
{
    private readonly ActivityRegistry _registry = new();

    [Fact]
    public void Read_RepeatCountAtTheLimit_IsValid() =>
        Assert.True(DefinitionReader.Read(RepeatDocument(DefinitionLimits.MaxRepeatCount), _registry).IsValid);

    [Fact]
    public void Read_RepeatCountOnePastTheLimit_IsAProblemAtTheCount()
    {
        var problem = Assert.Single(DefinitionReader.Read(RepeatDocument(DefinitionLimits.MaxRepeatCount + 1), _registry).Problems);

        Assert.Equal("$.root.count", problem.Path);
        Assert.Equal("count 1,001 is more than the 1,000 occurrences a Repeat may have: repeat a shorter body, or keep the work in the application", problem.Message);
    }

    [Fact]
    public void Read_RepeatCountOfTwoToThe31_IsAProblemAtTheCount() =>
        Assert.Equal("$.root.count", Assert.Single(DefinitionReader.Read(RepeatDocument(int.MaxValue), _registry).Problems).Path);

    [Fact]
    public void Read_ActivitiesAtTheLimit_IsValid() =>
        Assert.True(DefinitionReader.Read(SequenceDocument(DefinitionLimits.MaxActivities - 1), _registry).IsValid);

    [Fact]
    public void Read_ActivitiesOnePastTheLimit_IsAProblemAtTheFirstActivityPastIt()
    {
        var problem = Assert.Single(DefinitionReader.Read(SequenceDocument(DefinitionLimits.MaxActivities), _registry).Problems);

        // The root is activity 1, so its last child is activity 2,001.
        Assert.Equal($"$.root.activities[{DefinitionLimits.MaxActivities - 1}]", problem.Path);
        Assert.Equal("this is activity 2,001, and a definition may have at most 2,000", problem.Message);
    }

    [Fact]
    public void ReadWriteRead_NestingAtTheLimit_RoundTrips()
    {
        var result = DefinitionReader.Read(NestedDocument(DefinitionLimits.MaxNestingDepth), _registry);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));

        var written = DefinitionWriter.Write(result.GetDefinitionOrThrow(), _registry);

        Assert.Equal(written, DefinitionWriter.Write(DefinitionReader.Read(written, _registry).GetDefinitionOrThrow(), _registry));
    }

    [Fact]
    public void Read_NestingOnePastTheLimit_IsAProblemAtTheFirstActivityTooDeep()
    {
        var problem = Assert.Single(DefinitionReader.Read(NestedDocument(DefinitionLimits.MaxNestingDepth + 1), _registry).Problems);

        Assert.Equal("$.root" + string.Concat(Enumerable.Repeat(".activities[0]", DefinitionLimits.MaxNestingDepth)), problem.Path);
        Assert.Equal("nested 33 activities deep, and activities may nest at most 32 deep", problem.Message);
    }

    [Fact]
    public void Read_NestingFarPastTheLimit_IsOneProblem() =>
        Assert.Single(DefinitionReader.Read(NestedDocument(100), _registry).Problems);

    [Fact]
    public void ReadLenient_PublishedVersionPastTheLimits_StillLoadsAndWrites()
    {
        var lenient = DefinitionReader.Read(NestedDocument(DefinitionLimits.MaxNestingDepth + 10), _registry, DefinitionReadMode.Lenient);
        var repeat = DefinitionReader.Read(RepeatDocument(60_000), _registry, DefinitionReadMode.Lenient);

        Assert.True(lenient.IsValid);
        Assert.True(repeat.IsValid);
        Assert.Contains("\"type\": \"Sequence\"", DefinitionWriter.Write(lenient.GetDefinitionOrThrow(), _registry), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NestingOnePastTheLimit_IsAProblem()
    {
        Activity root = new SetVariable { Variable = "x", Value = 1 };
        for (var depth = 1; depth <= DefinitionLimits.MaxNestingDepth; depth++)
        {
            root = new Sequence { Activities = [root] };
        }

        var result = WorkflowBuilder.Create("deep", "Deep").WithRoot(root).TryBuild(_registry);

        Assert.Contains("nested 33 activities deep", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    private static string RepeatDocument(int count) =>
        $$"""{ "format": 1, "id": "loop", "name": "Loop", "root": { "type": "Repeat", "count": {{count}}, "body": { "type": "SetVariable", "variable": "x", "value": 1 } } }""";

    private static string SequenceDocument(int children)
    {
        var activities = string.Join(",", Enumerable.Range(0, children).Select(i => $$"""{ "type": "SetVariable", "variable": "v{{i}}", "value": {{i}} }"""));
        return $$"""{ "format": 1, "id": "wide", "name": "Wide", "root": { "type": "Sequence", "activities": [{{activities}}] } }""";
    }

    /// <summary>A document whose activities nest <paramref name="depth"/> deep: Sequences around one SetVariable.</summary>
    private static string NestedDocument(int depth)
    {
        var json = new StringBuilder("""{ "type": "SetVariable", "variable": "x", "value": 1 }""");
        for (var level = 1; level < depth; level++)
        {
            json.Insert(0, """{ "type": "Sequence", "activities": [""").Append("]}");
        }

        return $$"""{ "format": 1, "id": "deep", "name": "Deep", "root": {{json}} }""";
    }
}
