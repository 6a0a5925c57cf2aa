using System.Text.Json;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;

namespace Cohorts.Engine.Tests.Definitions;

/// <summary>
/// The texts of a definition in strict reading and in the builder: ids, names and display names are one line within
/// their length, a description and a text setting may have line breaks, and none holds a control character; each past
/// its bound is a problem at its path. Lenient reading (published versions) keeps loading them.
/// </summary>
public sealed class DefinitionTextLimitTests
{
    private readonly ActivityRegistry _registry = new();

    public static TheoryData<string, string, string> TooLong => new()
    {
        { "id", new string('a', DefinitionLimits.MaxIdLength + 1), "$.id" },
        { "name", new string('n', DefinitionLimits.MaxNameLength + 1), "$.name" },
        { "description", new string('d', DefinitionLimits.MaxDescriptionLength + 1), "$.description" },
        { "activityId", new string('a', DefinitionLimits.MaxIdLength + 1), "$.root.id" },
        { "displayName", new string('n', DefinitionLimits.MaxNameLength + 1), "$.root.displayName" },
        { "expression", "1 + " + new string('1', DefinitionLimits.MaxTextSettingLength), "$.root.expression" },
    };

    public static TheoryData<string, string, string> ControlCharacter => new()
    {
        { "id", "loop\0", "$.id" },
        { "name", "Loop\u001b[31m", "$.name" },
        { "name", "Two\nlines", "$.name" },
        { "description", "A \u0007bell", "$.description" },
        { "activityId", "set\u007f", "$.root.id" },
        { "displayName", "Set\tx", "$.root.displayName" },
        { "expression", "1\0", "$.root.expression" },
    };

    [Theory]
    [MemberData(nameof(TooLong))]
    public void Read_TextOnePastItsLength_IsAProblemAtItsPath(string field, string value, string path)
    {
        var problem = Assert.Single(DefinitionReader.Read(Document(field, value), _registry).Problems);

        Assert.Equal(path, problem.Path);
        Assert.Contains($"{value.Length:N0} characters, and this text may have at most", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ControlCharacter))]
    public void Read_ControlCharacter_IsAProblemAtItsPath(string field, string value, string path)
    {
        var problem = Assert.Single(DefinitionReader.Read(Document(field, value), _registry).Problems);

        Assert.Equal(path, problem.Path);
        Assert.EndsWith(": remove it", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextsAtTheirLimits_AreValid()
    {
        const string Lines = "Two lines,\r\n\tand a tab: ";
        var document = JsonSerializer.Serialize(new
        {
            format = 1,
            id = new string('a', DefinitionLimits.MaxIdLength),
            name = new string('n', DefinitionLimits.MaxNameLength),
            description = Lines + new string('d', DefinitionLimits.MaxDescriptionLength - Lines.Length),
            root = new
            {
                type = "SetVariable",
                id = new string('b', DefinitionLimits.MaxIdLength),
                displayName = "Set x 🙂" + new string('n', DefinitionLimits.MaxNameLength - 8),
                variable = "x",
                expression = "1 +\n" + new string('1', DefinitionLimits.MaxTextSettingLength - 4),
            },
        });

        var result = DefinitionReader.Read(document, _registry);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Read_ControlCharacterInTheNull_NamesItsPosition() =>
        Assert.Equal(
            "the control character U+0000 at position 5: remove it",
            Assert.Single(DefinitionReader.Read(Document("name", "Loop\0"), _registry).Problems).Message);

    [Fact]
    public void Read_ClosureNameOnTwoLines_IsAProblemAtIt()
    {
        const string Json = """{ "format": 1, "id": "loop", "name": "Loop", "calendar": { "closures": [ { "from": "08-01", "to": "08-31", "name": "Summer\nclosure" } ] }, "root": { "type": "SetVariable", "variable": "x", "value": 1 } }""";

        Assert.Equal("$.calendar.closures[0].name", Assert.Single(DefinitionReader.Read(Json, _registry).Problems).Path);
    }

    [Fact]
    public void Read_VariableNameTooLong_IsAProblemAtIt()
    {
        var name = new string('v', DefinitionLimits.MaxIdLength + 1);
        var json = $$"""{ "format": 1, "id": "loop", "name": "Loop", "variables": { "{{name}}": 1 }, "root": { "type": "SetVariable", "variable": "x", "value": 1 } }""";

        Assert.Equal($"$.variables.{name}", Assert.Single(DefinitionReader.Read(json, _registry).Problems).Path);
    }

    [Fact]
    public void ReadLenient_PublishedVersionWithSuchTexts_StillLoads() =>
        Assert.True(DefinitionReader.Read(Document("name", "Two\nlines\0"), _registry, DefinitionReadMode.Lenient).IsValid);

    [Fact]
    public void Build_DisplayNameWithALineBreak_IsAProblemAtItsPath()
    {
        var result = WorkflowBuilder.Create("set", "Set")
            .WithRoot(new SetVariable { Variable = "x", Value = 1, DisplayName = "Set\nx" })
            .TryBuild(_registry);

        Assert.Equal("$.root.displayName", Assert.Single(result.Problems).Path);
    }

    private static string Document(string field, string value)
    {
        string Or(string name, string fallback) => field == name ? value : fallback;
        var root = new Dictionary<string, object>
        {
            ["type"] = "SetVariable",
            ["id"] = Or("activityId", "set"),
            ["variable"] = "x",
            ["expression"] = Or("expression", "1"),
        };
        if (field == "displayName")
        {
            root["displayName"] = value;
        }

        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["format"] = 1,
            ["id"] = Or("id", "loop"),
            ["name"] = Or("name", "Loop"),
            ["description"] = Or("description", "A loop."),
            ["root"] = root,
        });
    }
}
