using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Activities;

/// <summary>Waits for a duration (ISO 8601; calendar units in the definition's time zone).</summary>
public sealed class Delay : Activity
{
    /// <summary>Gets the duration to wait.</summary>
    public required IsoDuration Duration { get; init; }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(ActivityResult.Suspend(BookmarkRequest.Timer(Duration.AddTo(context.Now, context.TimeZone))));
    }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption) =>
        ValueTask.FromResult(ActivityResult.Complete());
}
