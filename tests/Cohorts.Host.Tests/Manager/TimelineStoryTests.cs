using Cohorts.Engine.Instances;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>A journey's history in words: a session's or an event's step says whether it was held, cancelled or missed.</summary>
public sealed class TimelineStoryTests
{
    [Theory]
    [InlineData("CollectiveEvent", "Held", "en-GB", "Collective event recorded")]
    [InlineData("CollectiveEvent", "Cancelled", "en-GB", "Collective event cancelled")]
    [InlineData("CollectiveEvent", "Cancelled", "fr-FR", "Événement collectif annulé")]
    [InlineData("CoachingSession", "Cancelled", "fr-FR", "Séance de coaching annulée")]
    [InlineData("CoachingSession", "NoShow", "en-GB", "Coaching session: the company did not come")]
    [InlineData("CoachingSession", "Held", "fr-FR", "Compte rendu de séance de coaching saisi")]
    public void Lines_ASessionsStepCompleted_SayHowItEnded(string activityType, string outcome, string culture, string expected)
    {
        var entry = new TimelineEntry(DateTimeOffset.UnixEpoch, ExecutionEvent.ActivityCompleted, "step", activityType, outcome);

        var line = PageText.InCulture(culture, () => Assert.Single(TimelineStory.Lines([entry], PageText.For<TableText>())));

        Assert.Equal(expected, line.Text);
    }
}
