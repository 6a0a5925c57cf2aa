using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Time;

public sealed class DateValuesTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly TimeZoneInfo Honolulu = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Honolulu");

    [Theory]
    [InlineData("0001-01-01T00:00")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31T23:59:59")]
    public void TryParse_LocalTimeAtTheCalendarsEnds_IsNotADateRatherThanAnException(string text)
    {
        // Midnight of 1 January of year 1 in Paris, the last second of 9999 in Honolulu: out of range once the offset
        // is applied (ArgumentOutOfRangeException from a method that tries).
        Assert.False(DateValues.TryParse(text, text.StartsWith("0001", StringComparison.Ordinal) ? Paris : Honolulu, out _));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    public void TryParse_AnOffsetPastTheCalendarsEnds_IsNotADate(string text)
    {
        Assert.False(DateValues.TryParse(text, Paris, out _));
    }

    [Fact]
    public void TryParse_LocalTimeInTheZone_IsThatZonesInstant()
    {
        Assert.True(DateValues.TryParse("2025-01-06T09:00", Paris, out var instant));

        Assert.Equal(new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.FromHours(1)), instant);
    }

    [Fact]
    public void TryParse_AnOffsetOrUtc_KeepsIt()
    {
        Assert.True(DateValues.TryParse("2025-01-06T09:00:00+05:30", Paris, out var offset));
        Assert.True(DateValues.TryParse("2025-01-06T09:00:00Z", Paris, out var utc));

        Assert.Equal(new DateTimeOffset(2025, 1, 6, 9, 0, 0, new TimeSpan(5, 30, 0)), offset);
        Assert.Equal(new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero), utc);
    }
}
