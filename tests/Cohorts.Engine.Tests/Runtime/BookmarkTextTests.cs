using Cohorts.Engine.Bookmarks;

namespace Cohorts.Engine.Tests.Runtime;

/// <summary>A bookmark's description in the log reads back: the timer's due time, the signal's name.</summary>
public sealed class BookmarkTextTests
{
    private static readonly DateTimeOffset At = new(2027, 2, 1, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryReadTimer_DescribedTimer_GivesItsDueTime()
    {
        var timer = new Bookmark(Guid.NewGuid(), Guid.NewGuid(), 1, "delay", BookmarkKind.Timer, Bookmark.TimerName, null, At.ToOffset(TimeSpan.FromHours(1)), At);

        Assert.True(BookmarkText.TryReadTimer(BookmarkText.Describe(timer), out var due));
        Assert.Equal(At, due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
        Assert.False(BookmarkText.TryReadSignal(BookmarkText.Describe(timer), out _));
    }

    [Fact]
    public void TryReadSignal_DescribedSignal_GivesItsName()
    {
        var signal = new Bookmark(Guid.NewGuid(), Guid.NewGuid(), 1, "wait", BookmarkKind.Signal, "session-recorded", "session [42] 'x'", null, At);

        Assert.True(BookmarkText.TryReadSignal(BookmarkText.Describe(signal), out var name));
        Assert.Equal("session-recorded", name);
        Assert.False(BookmarkText.TryReadTimer(BookmarkText.Describe(signal), out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Done")]
    [InlineData("timer due tomorrow")]
    [InlineData("signal 'unterminated")]
    public void TryRead_OtherText_ReadsNothing(string? text)
    {
        Assert.False(BookmarkText.TryReadTimer(text, out _));
        Assert.False(BookmarkText.TryReadSignal(text, out _));
    }
}
