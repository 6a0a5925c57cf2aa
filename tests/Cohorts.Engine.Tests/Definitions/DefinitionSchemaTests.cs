using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;

namespace Cohorts.Engine.Tests.Definitions;

public sealed class DefinitionSchemaTests
{
    [Fact]
    public void Create_RegisteredCustomActivity_AppearsWithItsSettings()
    {
        var schema = DefinitionSchema.Create(new ActivityRegistry().Register<CoachingSession>(), "/schemas/definition.json");

        var activities = schema["$defs"]!["activities"]!.AsObject();
        var session = activities["CoachingSession"]!;
        var properties = session["properties"]!.AsObject();
        Assert.Equal(DefinitionSchema.Dialect, (string?)schema["$schema"]);
        Assert.Equal("/schemas/definition.json", (string?)schema["$id"]);
        Assert.Equal(["type", "reminder"], session["required"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["OnSite", "Remote", "onSite", "remote"], properties["format"]!["enum"]!.AsArray().Select(n => (string?)n)); // as declared, and camelCase as JSON writes them
        Assert.Equal("#/$defs/duration", (string?)properties["length"]!["anyOf"]![0]!["$ref"]);
        Assert.Equal("array", (string?)properties["topics"]!["type"]);
        Assert.Equal("#/$defs/activity", (string?)properties["onMissed"]!["anyOf"]![0]!["$ref"]);
        Assert.Equal(false, (bool?)session["additionalProperties"]);
        Assert.Contains("CoachingSession", schema["$defs"]!["activity"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(ActivityRegistry.BuiltInTypes.Count + 1, activities.Count);
    }

    [Fact]
    public void Create_BuiltInActivities_DescribesChildrenAndSwitchCases()
    {
        var schema = DefinitionSchema.Create(new ActivityRegistry());

        var activities = schema["$defs"]!["activities"]!;
        Assert.Null(schema["$id"]);
        Assert.Equal("#/$defs/activity", (string?)activities["Sequence"]!["properties"]!["activities"]!["items"]!["$ref"]);
        var switchCase = activities["Switch"]!["properties"]!["cases"]!["items"]!;
        Assert.Equal(["when", "activity"], switchCase["required"]!.AsArray().Select(n => (string?)n));
        Assert.Equal("Delay", (string?)activities["Delay"]!["properties"]!["type"]!["const"]);
        Assert.Equal(["format", "id", "name", "root"], schema["required"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(JsonValueKind.Number, schema["properties"]!["format"]!["maximum"]!.GetValueKind());
    }
}
