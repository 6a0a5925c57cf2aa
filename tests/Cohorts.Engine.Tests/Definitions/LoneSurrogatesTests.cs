using Cohorts.Engine.Definitions;

namespace Cohorts.Engine.Tests.Definitions;

/// <summary>Finding the string whose escapes make no character (System.Text.Json parses it, then throws when it is read).</summary>
public sealed class LoneSurrogatesTests
{
    [Theory]
    [InlineData("""{"name": "Lone \ud800 here"}""", "$.name")]
    [InlineData("""{"root": {"activities": [{"id": "a"}, {"id": "b", "title": "\udc00"}]}}""", "$.root.activities[1].title")]
    [InlineData("""{"list": [1, "x", ["y", "\ud800"]]}""", "$.list[2][1]")]
    [InlineData("""{"variables": {"ok": 1, "z\ud800": 2}}""", "$.variables")]
    [InlineData("""["\ud800"]""", "$[0]")]
    [InlineData("\"\\ud800\"", "$")]
    public void Find_ALoneSurrogate_IsAtItsPath(string json, string path)
    {
        Assert.Equal(path, LoneSurrogates.Find(json, "$", 64));
        Assert.Throws<InvalidOperationException>(() => System.Text.Json.JsonDocument.Parse(json).RootElement.ToString() + Everything(System.Text.Json.JsonDocument.Parse(json).RootElement));
    }

    [Theory]
    [InlineData("""{"name": "A pair \ud83d\ude00, an accent \u00e9"}""")]
    [InlineData("""{"name": "plain"}""")]
    [InlineData("""{"name": "\ud800""")] // not JSON: the reader's own message says so
    public void Find_NothingUnreadable_IsNull(string json) => Assert.Null(LoneSurrogates.Find(json, "$", 64));

    [Fact]
    public void Find_WithAnEmptyRoot_StartsAtThePropertyName() =>
        Assert.Equal("answers.txt", LoneSurrogates.Find("""{"answers": {"txt": "a\ud800b"}}""", string.Empty, 64));

    /// <summary>Reads every string and property name of an element, as a reader of the document would.</summary>
    private static string Everything(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => string.Concat(element.EnumerateObject().Select(p => p.Name + Everything(p.Value))),
        System.Text.Json.JsonValueKind.Array => string.Concat(element.EnumerateArray().Select(Everything)),
        System.Text.Json.JsonValueKind.String => element.GetString()!,
        _ => string.Empty,
    };
}
