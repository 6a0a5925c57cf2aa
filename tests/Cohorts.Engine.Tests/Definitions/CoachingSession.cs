using Cohorts.Engine.Activities;

namespace Cohorts.Engine.Tests.Definitions;

/// <summary>A custom activity as a host would write one, with one setting of each kind the format binds.</summary>
[ActivityType("CoachingSession")]
public sealed class CoachingSession : Activity
{
    public required Reminder Reminder { get; init; }

    public SessionFormat Format { get; init; } = SessionFormat.OnSite;

    public TimeSpan? Length { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public bool Recorded { get; init; }

    public int Attendees { get; init; } = 1;

    public Activity? OnMissed { get; init; }

    public override IEnumerable<Activity> GetChildren() => new[] { OnMissed }.OfType<Activity>();

    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Complete());
}
