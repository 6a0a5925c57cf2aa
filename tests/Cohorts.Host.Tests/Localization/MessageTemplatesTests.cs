using Cohorts.Host.Localization;

namespace Cohorts.Host.Tests.Localization;

/// <summary>An English message read back into the format it was written from, and its values.</summary>
public sealed class MessageTemplatesTests
{
    private static readonly MessageTemplates Templates = new(
    [
        "{0} is at capacity ({1} of {2} companies).",
        "{0} is required.",
        "The cohort's name is required.",
        "Session '{0}' was cancelled: it cannot be {1}.",
        "A label is given in English and French: {{\"en\": …, \"fr\": …}}.",
        "'{0}' and '{0}' again.",
        "{0:N0} companies, at most {1,5}.",
    ]);

    [Fact]
    public void TryMatch_AMessageWithValues_GivesItsFormatAndTheValuesInOrder()
    {
        Assert.True(Templates.TryMatch("Karim Benali is at capacity (6 of 6 companies).", out var format, out var arguments));
        Assert.Equal("{0} is at capacity ({1} of {2} companies).", format);
        Assert.Equal(["Karim Benali", "6", "6"], arguments);
    }

    [Fact]
    public void TryMatch_ANameHoldingTheFormatsOwnWords_StillSplitsAtTheFixedWords()
    {
        Assert.True(Templates.TryMatch("Session 'Visit: it cannot be late' was cancelled: it cannot be moved.", out _, out var arguments));
        Assert.Equal(["Visit: it cannot be late", "moved"], arguments);
    }

    [Fact]
    public void TryMatch_TwoFormatsFit_TheOneWithMoreFixedWordsWins()
    {
        Assert.True(Templates.TryMatch("The town is required.", out var format, out var arguments));
        Assert.Equal("{0} is required.", format);
        Assert.Equal(["The town"], arguments);
        Assert.True(Templates.TryMatch("Karim is at capacity (1 of 2 companies).", out format, out _));
        Assert.Equal("{0} is at capacity ({1} of {2} companies).", format);
    }

    [Fact]
    public void TryMatch_AFormatWithoutValues_IsLeftToALookUpByItsText()
    {
        Assert.False(Templates.TryMatch("A label is given in English and French: {\"en\": …, \"fr\": …}.", out _, out _));
        Assert.Equal(5, Templates.Count);
    }

    [Fact]
    public void TryMatch_OnePlaceholderTwice_MatchesOnlyTheSameValueTwice()
    {
        Assert.True(Templates.TryMatch("'Acme' and 'Acme' again.", out _, out var arguments));
        Assert.Equal(["Acme"], arguments);
        Assert.False(Templates.TryMatch("'Acme' and 'Globex' again.", out _, out _));
    }

    [Fact]
    public void TryMatch_PlaceholdersWithAFormatOrAWidth_AreValuesToo()
    {
        Assert.True(Templates.TryMatch("1,000 companies, at most    12.", out var format, out var arguments));
        Assert.Equal("{0:N0} companies, at most {1,5}.", format);
        Assert.Equal(["1,000", "   12"], arguments);
    }

    [Fact]
    public void TryMatch_AnyOtherMessage_IsNoMatch()
    {
        Assert.False(Templates.TryMatch("Something else entirely.", out var format, out var arguments));
        Assert.Null(format);
        Assert.Empty(arguments);
    }

    [Fact]
    public void TryMatch_AHugeHostileMessage_AnswersWithoutBacktracking()
    {
        // Thousands of the fixed words a format splits at, in one value: a backtracking pattern would try each split.
        var hostile = string.Concat(Enumerable.Repeat(" is at capacity (1 of ", 20_000)) + "x";
        Assert.False(Templates.TryMatch(hostile, out _, out _));
        Assert.True(Templates.TryMatch(hostile + " is at capacity (6 of 6 companies).", out var format, out var arguments));
        Assert.Equal("{0} is at capacity ({1} of {2} companies).", format);
        Assert.Equal(hostile.Length + " is at capacity (6 of 6 companies).".Length, arguments.Sum(a => a.Length) + "{0} is at capacity ({1} of {2} companies).".Length - 9);
    }
}
