using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;

namespace Cohorts.Engine.Tests.Definitions;

public sealed class LenientReadingTests
{
    // As the writer lays it out, so that writing it back must give exactly this text.
    private const string PublishedWithPlugin = """
        {
          "format": 1,
          "id": "with-plugin",
          "name": "With plugin",
          "root": {
            "type": "Sequence",
            "id": "sequence1",
            "activities": [
              {
                "type": "SendSurvey",
                "id": "survey",
                "displayName": "Satisfaction survey",
                "template": {
                  "questions": [
                    "How was it?",
                    42
                  ]
                },
                "followUp": {
                  "type": "Delay",
                  "duration": "P1W"
                }
              },
              {
                "type": "CallCoach",
                "priority": "high"
              },
              {
                "type": "Delay",
                "id": "delay1",
                "duration": "P1D"
              }
            ]
          }
        }
        """;

    private readonly ActivityRegistry _registry = new();

    [Fact]
    public void Read_UnknownTypeInLenientMode_LoadsMissingActivity()
    {
        var result = DefinitionReader.Read(PublishedWithPlugin, _registry, DefinitionReadMode.Lenient);

        Assert.Empty(result.Problems);
        var missing = Assert.IsType<MissingActivity>(Assert.IsType<Sequence>(result.Definition!.Root).Activities[0]);
        Assert.Equal("SendSurvey", missing.TypeName);
        Assert.Equal("survey", missing.Id);
        Assert.Equal("Satisfaction survey", missing.DisplayName);
        Assert.Same(missing, result.Definition.FindActivity("survey"));
    }

    [Fact]
    public void Read_UnknownTypeWithoutIdInLenientMode_GetsDeterministicId()
    {
        var definition = DefinitionReader.Read(PublishedWithPlugin, _registry, DefinitionReadMode.Lenient).GetDefinitionOrThrow();

        Assert.IsType<MissingActivity>(definition.FindActivity("callCoach1"));
    }

    [Fact]
    public void Write_MissingActivity_WritesOriginalJsonUnchanged()
    {
        var definition = DefinitionReader.Read(PublishedWithPlugin, _registry, DefinitionReadMode.Lenient).GetDefinitionOrThrow();

        var json = DefinitionWriter.Write(definition, _registry);

        Assert.Equal(PublishedWithPlugin, json);
    }

    [Fact]
    public void Read_UnknownTypeInStrictMode_ReportsEachUnknownType()
    {
        var result = DefinitionReader.Read(PublishedWithPlugin, _registry, DefinitionReadMode.Strict);

        Assert.Equal(["$.root.activities[0].type", "$.root.activities[1].type"], result.Problems.Select(p => p.Path));
        Assert.StartsWith("unknown activity type 'SendSurvey'; known types: Delay, Fail,", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AuthoringRuleBrokenInLenientMode_StillLoads()
    {
        var json = DefinitionReaderTests.Seq("""{ "type": "Finish" }""", """{ "type": "If", "condition": "x >" }""");

        var result = DefinitionReader.Read(json, _registry, DefinitionReadMode.Lenient);

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Read_DuplicateIdsInLenientMode_StillReported()
    {
        var json = DefinitionReaderTests.Seq("""{ "type": "Finish", "id": "end" }""", """{ "type": "Nope", "id": "end" }""");

        var result = DefinitionReader.Read(json, _registry, DefinitionReadMode.Lenient);

        Assert.Equal("$.root.activities[1].id", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Read_BadValueInLenientMode_StillReported()
    {
        var json = DefinitionReaderTests.Seq("""{ "type": "Delay", "duration": "soon" }""");

        var result = DefinitionReader.Read(json, _registry, DefinitionReadMode.Lenient);

        Assert.Equal("$.root.activities[0].duration", Assert.Single(result.Problems).Path);
    }
}
