using Cohorts.Engine.Definitions;

namespace Cohorts.Engine.Tests.Definitions;

/// <summary>Naming the value a JSON text's syntax error stands in, as System.Text.Json names a typed body's.</summary>
public sealed class JsonSyntaxTests
{
    [Theory]
    [InlineData("""{"id": ,}""", "$.id")]
    [InlineData("""{"answers": {"pratiques": [1, 2, x]}}""", "$.answers.pratiques[1]")]
    [InlineData("""{"answers": {"pratiques": [x]}}""", "$.answers.pratiques")]
    [InlineData("""{"a": {"b": "open""", "$.a.b")]
    [InlineData("""{"a": 1 "b": 2}""", "$.a")]
    [InlineData("""{"list": [{"x": 1}, {"y": tru}]}""", "$.list[1].y")]
    [InlineData("""{,}""", "$")]
    [InlineData("""nope""", "$")]
    [InlineData("", "$")]
    public void PathOfError_Malformed_IsThePathOfTheValueBeingRead(string json, string path) =>
        Assert.Equal(path, JsonSyntax.PathOfError(json, "$", 64));

    [Fact]
    public void PathOfError_WithAnEmptyRoot_StartsAtThePropertyName() =>
        Assert.Equal("answers.pratiques", JsonSyntax.PathOfError("""{"answers": {"pratiques": }}""", string.Empty, 64));

    [Fact]
    public void PathOfError_TooDeep_IsWhereItGoesDeeper() =>
        Assert.Equal("$.a.b", JsonSyntax.PathOfError("""{"a": {"b": {"c": 1}}}""", "$", 2));

    [Theory]
    [InlineData("""{"id": "a", "id": "b"}""")]
    [InlineData("""{"list": [1, "x", ["y"]], "o": {}}""")]
    [InlineData("null")]
    public void PathOfError_WellFormed_IsNull(string json) => Assert.Null(JsonSyntax.PathOfError(json, "$", 64));
}
