using System.Globalization;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;

namespace Cohorts.Host.Tests.Scheduling;

/// <summary>
/// Waits on a timer due at the instant the instance's input holds under <see cref="Key"/>, even one already past (as a
/// session's reminder and escalation do for a session planned in the past); completes at once without one.
/// </summary>
[ActivityType("InputTimer")]
public sealed class InputTimer : Activity
{
    /// <summary>Gets the input property holding the due instant (ISO 8601).</summary>
    public required string Key { get; init; }

    protected override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(context.Input?[Key]?.GetValue<string>() is { } due
            ? ActivityResult.Suspend(BookmarkRequest.Timer(DateTimeOffset.Parse(due, CultureInfo.InvariantCulture)))
            : ActivityResult.Complete());
    }

    protected override ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption) =>
        ValueTask.FromResult(ActivityResult.Complete());
}
