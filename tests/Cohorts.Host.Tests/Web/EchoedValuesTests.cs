using Cohorts.Host.Errors;

namespace Cohorts.Host.Tests.Web;

public sealed class EchoedValuesTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("eleven char", 10, "eleven cha…")]
    public void Cut_KeepsAtMostTheGivenCharacters(string text, int most, string expected) =>
        Assert.Equal(expected, EchoedValues.Cut(text, most));

    [Fact]
    public void Cut_BetweenTheHalvesOfAPair_KeepsOneCharacterFewer()
    {
        var text = "abc\U0001F600def";

        Assert.Equal("abc…", EchoedValues.Cut(text, 4));
        Assert.Equal("abc\U0001F600…", EchoedValues.Cut(text, 5));
    }

    [Fact]
    public void Shorten_AMessageOfEmoji_LeavesNoLoneHalf()
    {
        // One letter, then emoji: the 2,000th character is the first half of a pair.
        var message = "a" + string.Concat(Enumerable.Repeat("\U0001F600", 1_500));

        var shortened = EchoedValues.Shorten(message);

        Assert.Equal(EchoedValues.MostMessage, shortened.Length);
        Assert.EndsWith("\U0001F600…", shortened, StringComparison.Ordinal);
    }
}
