using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Definitions;

public sealed class DefinitionReaderTests
{
    private const string Delay = """{ "type": "Delay", "duration": "P1D" }""";

    private readonly ActivityRegistry _registry = new();

    public static TheoryData<string, string, string> BadDefinitions => new()
    {
        // The document itself.
        { "[1, 2]", "$", "expected a definition object, found an array" },
        { """{ "id": "t", "name": "T", "root": {{Delay}} }""".Replace("{{Delay}}", Delay, StringComparison.Ordinal), "$.format", "missing" },
        { Doc(Delay, format: "2"), "$.format", "format 2 is newer than this build reads (up to 1)" },
        { Doc(Delay, format: "\"1\""), "$.format", "expected a whole number, found the string \"1\"" },
        { Doc(Delay, id: null), "$.id", "missing" },
        { Doc(Delay, name: null), "$.name", "missing" },
        { Doc(Delay, name: "\"  \""), "$.name", "must not be empty" },
        { Doc(null), "$.root", "missing" },
        { Doc(Delay, extra: "\"owner\": \"me\","), "$.owner", "unknown property: a definition has format, id, name" },
        { Doc(Delay, extra: "\"timeZone\": \"Mars/Olympus\","), "$.timeZone", "unknown time zone 'Mars/Olympus'" },
        { Doc(Delay, extra: "\"variables\": { \"input\": 1 },"), "$.variables.input", "'input' is reserved" },
        { Doc(Delay, extra: "\"variables\": [1],"), "$.variables", "expected an object of initial values" },

        // Activities.
        { Seq("""{ "type": "Dealy", "duration": "P1D" }"""), "$.root.activities[0].type", "unknown activity type 'Dealy'; known types: Delay, Fail, Finish," },
        { Seq("""{ "type": "delay", "duration": "P1D" }"""), "$.root.activities[0].type", "(did you mean 'Delay'?)" },
        { Seq("""{ "duration": "P1D" }"""), "$.root.activities[0].type", "missing: every activity names its type, one of Delay, Fail," },
        { Seq("""{ "type": 7 }"""), "$.root.activities[0].type", "expected a string naming the activity type, found the number 7" },
        { Seq("42"), "$.root.activities[0]", "expected an activity object, found the number 42" },
        { Doc("""{ "type": "Sequence", "activities": {} }"""), "$.root.activities", "expected an array, found an object" },
        { Seq("""{ "type": "Delay", "duration": "P1D", "durration": "P2D" }"""), "$.root.activities[0].durration", "unknown property: Delay knows id, displayName, duration" },
        { Seq("""{ "type": "Delay", "duration": "P1D", "Duration": "P2D" }"""), "$.root.activities[0].Duration", "(did you mean 'duration'?)" },
        { Seq("""{ "type": "Delay" }"""), "$.root.activities[0].duration", "missing: Delay requires it" },
        { Seq("""{ "type": "Delay", "duration": "P1X" }"""), "$.root.activities[0].duration", "expected an ISO 8601 duration such as \"P1M\", \"P2W\" or \"PT4H30M\", found \"P1X\"" },
        { Seq("""{ "type": "Delay", "duration": null }"""), "$.root.activities[0].duration", "must not be null" },
        { Seq("""{ "type": "WaitForSignal", "signal": 42 }"""), "$.root.activities[0].signal", "expected a string, found the number 42" },
        { Seq("""{ "type": "WaitForSignal", "signal": "" }"""), "$.root.activities[0].signal", "must not be empty" },
        { Seq("""{ "type": "Delay", "id": 5, "duration": "P1D" }"""), "$.root.activities[0].id", "expected a non-empty string, found the number 5" },
        { Seq("""{ "type": "Delay", "displayName": true, "duration": "P1D" }"""), "$.root.activities[0].displayName", "expected a string, found true" },
        { Doc("""{ "type": "Repeat", "count": "three", "body": {{Delay}} }""".Replace("{{Delay}}", Delay, StringComparison.Ordinal)), "$.root.count", "expected a whole number, found the string \"three\"" },
        { Doc("""{ "type": "Repeat", "count": 2.5, "body": {{Delay}} }""".Replace("{{Delay}}", Delay, StringComparison.Ordinal)), "$.root.count", "expected a whole number, found the number 2.5" },
        { Doc("""{ "type": "ForEach", "items": "xs" }"""), "$.root.body", "missing: ForEach requires it" },
        { Doc("""{ "type": "Switch", "expression": "x", "cases": [ { "when": 1 } ] }"""), "$.root.cases[0].activity", "missing: a SwitchCase requires it" },
        { Doc("""{ "type": "Switch", "expression": "x", "cases": [ 1 ] }"""), "$.root.cases[0]", "expected an object, found the number 1" },

        // Ids.
        { Seq("""{ "type": "Delay", "id": "wait", "duration": "P1D" }""", """{ "type": "Delay", "id": "wait", "duration": "P2D" }"""), "$.root.activities[1].id", "duplicate id 'wait': $.root.activities[0] has it already" },

        // Unreachable branches and each activity's own rules.
        { Seq("""{ "type": "Finish" }""", Delay, Delay), "$.root.activities[1]", "unreachable: Finish 'finish1' at $.root.activities[0] ends the workflow, so the 2 activities after it never run" },
        { Seq("""{ "type": "Fail", "message": "stop" }""", Delay), "$.root.activities[1]", "unreachable: Fail 'fail1'" },
        { Seq("""{ "type": "Sequence", "activities": [ { "type": "Finish" } ] }""", Delay), "$.root.activities[1]", "unreachable: Sequence 'sequence2'" },
        { Doc("""{ "type": "If", "condition": "true", "then": {{Delay}}, "else": {{Delay}} }""".Replace("{{Delay}}", Delay, StringComparison.Ordinal)), "$.root.else", "unreachable: the condition is always true" },
        { Doc("""{ "type": "Switch", "expression": "x", "cases": [ { "when": 1, "activity": {{Delay}} }, { "when": 1.0, "activity": {{Delay}} } ] }""".Replace("{{Delay}}", Delay, StringComparison.Ordinal)), "$.root.cases[1]", "unreachable: case 1.0 repeats case 0" },
        { Doc("""{ "type": "Race", "branches": [ {{Delay}} ] }""".Replace("{{Delay}}", Delay, StringComparison.Ordinal)), "$.root.branches", "a Race needs at least two branches" },
        { Doc("""{ "type": "Repeat", "body": {{Delay}} }""".Replace("{{Delay}}", Delay, StringComparison.Ordinal)), "$.root.count", "a Repeat needs a count, or both every and until" },
        { Seq("""{ "type": "WaitUntil", "at": "next tuesday" }"""), "$.root.activities[0].at", "'next tuesday' is neither an ISO 8601 date nor a variable name" },
        { Seq("""{ "type": "SetVariable", "variable": "x", "value": 1, "expression": "2" }"""), "$.root.activities[0].expression", "give either value or expression, not both" },

        // Expressions.
        { Doc("""{ "type": "If", "condition": "count >", "then": {{Delay}} }""".Replace("{{Delay}}", Delay, StringComparison.Ordinal)), "$.root.condition", "not a valid expression" },
        { Doc("""{ "type": "Switch", "expression": "status ==", "cases": [ { "when": 1, "activity": {{Delay}} } ] }""".Replace("{{Delay}}", Delay, StringComparison.Ordinal)), "$.root.expression", "not a valid expression" },
        { Seq("""{ "type": "SetVariable", "variable": "x", "expression": "(1 + " }"""), "$.root.activities[0].expression", "not a valid expression" },
        { Doc("""{ "type": "ForEach", "items": "companies.filter(c =>", "body": {{Delay}} }""".Replace("{{Delay}}", Delay, StringComparison.Ordinal)), "$.root.items", "not a valid expression" },
    };

    [Theory]
    [MemberData(nameof(BadDefinitions))]
    public void Read_BadDefinition_ReportsTheProblemAtItsPath(string json, string path, string message)
    {
        var result = DefinitionReader.Read(json, _registry);

        Assert.False(result.IsValid);
        Assert.Null(result.Definition);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    /// <summary>A lone surrogate in a text parsed, then threw where the name was read: a 500 on the API.</summary>
    [Fact]
    public void Read_ATextThatMakesNoCharacter_IsAProblemAtItsPath()
    {
        var result = DefinitionReader.Read("""{"format": 1, "id": "onboarding", "name": "Lone \ud800", "root": {"type": "Sequence", "activities": []}}""", _registry);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("$.name", LoneSurrogates.Message), (problem.Path, problem.Message));
    }

    [Fact]
    public void Read_MalformedJson_ReportsLineAndPosition()
    {
        const string Json = "{\n  \"format\": 1,\n  \"id\": ,\n}";

        var result = DefinitionReader.Read(Json, _registry);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.id", problem.Path);
        Assert.StartsWith("not valid JSON at line 3, position 9: ", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("""{ "format": 1, "id": "a", "id": "b" }""")]
    public void Read_NotADefinitionObject_ReportsOneProblemAtTheTop(string json)
    {
        var result = DefinitionReader.Read(json, _registry);

        Assert.Equal("$", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsAllOfThem()
    {
        const string Json = """
            {
              "format": 1,
              "id": "broken",
              "timeZone": "Nowhere/Land",
              "root": {
                "type": "Sequence",
                "activities": [
                  { "type": "Delay", "id": "wait", "duration": "one day" },
                  { "type": "Teleport" },
                  { "type": "WaitForSignal", "id": "wait", "signal": "go", "colour": "red" },
                  { "type": "If", "condition": "x >", "then": { "type": "Finish" } },
                  { "type": "Finish" },
                  { "type": "Delay", "duration": "P1D" }
                ]
              }
            }
            """;

        var result = DefinitionReader.Read(Json, _registry);

        Assert.Equal(
            [
                "$.name",
                "$.root.activities[0].duration",
                "$.root.activities[2].colour",
                "$.timeZone",
                "$.root.activities[5]",
                "$.root.activities[1].type",
                "$.root.activities[2].id",
                "$.root.activities[3].condition",
            ],
            result.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Read_ActivitiesWithoutIds_GetsTypeNameAndCounterSkippingExplicitIds()
    {
        var json = Seq(Delay, """{ "type": "Delay", "id": "delay2", "duration": "P2D" }""", Delay, """{ "type": "WaitForSignal", "signal": "go" }""");

        var definition = DefinitionReader.Read(json, _registry).GetDefinitionOrThrow();

        Assert.Equal(["sequence1", "delay1", "delay2", "delay3", "waitForSignal1"], definition.Activities.Select(a => a.Id));
    }

    [Fact]
    public void Read_ValidDefinition_BindsDefinitionProperties()
    {
        var json = Doc(Delay, extra: "\"description\": \"About\", \"timeZone\": \"Europe/Paris\", \"variables\": { \"start\": \"2025-01-06\", \"n\": 0 },");

        var definition = DefinitionReader.Read(json, _registry).GetDefinitionOrThrow();

        Assert.Equal("t", definition.DefinitionId);
        Assert.Equal("T", definition.Name);
        Assert.Equal(0, definition.Version);
        Assert.Equal("About", definition.Description);
        Assert.Equal("Europe/Paris", definition.TimeZone.Id);
        Assert.Equal(["start", "n"], definition.Variables.Keys);
        Assert.Equal(IsoDuration.FromDays(1), Assert.IsType<Delay>(definition.Root).Duration);
    }

    [Fact]
    public void Read_ExpressionCheckedByGivenEvaluator_ReportsItsMessage()
    {
        var json = Doc("""{ "type": "If", "condition": "anything" }""");

        var result = DefinitionReader.Read(json, _registry, evaluator: new RejectingEvaluator("no expressions here"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.root.condition", problem.Path);
        Assert.Equal("not a valid expression: no expressions here", problem.Message);
    }

    internal static string Doc(string? root, string? format = "1", string? id = "\"t\"", string? name = "\"T\"", string extra = "")
    {
        var parts = new List<string>();
        if (format is not null)
        {
            parts.Add($"\"format\": {format}");
        }

        if (id is not null)
        {
            parts.Add($"\"id\": {id}");
        }

        if (name is not null)
        {
            parts.Add($"\"name\": {name}");
        }

        var text = "{ " + string.Join(", ", parts) + ", " + extra;
        return root is null ? text.TrimEnd().TrimEnd(',') + " }" : text + $" \"root\": {root} }}";
    }

    internal static string Seq(params string[] activities) =>
        Doc($$"""{ "type": "Sequence", "activities": [ {{string.Join(", ", activities)}} ] }""");
}
