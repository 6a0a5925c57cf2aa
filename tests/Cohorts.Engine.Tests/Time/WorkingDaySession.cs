using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Time;

/// <summary>A custom activity that waits for a session as the cohort domain's would: moved by the definition's calendar.</summary>
[ActivityType("WorkingDaySession")]
public sealed class WorkingDaySession : Activity
{
    /// <summary>Gets the nominal instant (ISO 8601, local time in the definition's zone).</summary>
    public required string At { get; init; }

    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!DateValues.TryParse(At, context.TimeZone, out var nominal))
        {
            return ValueTask.FromResult(ActivityResult.Fault($"'{At}' is not a date"));
        }

        return ValueTask.FromResult(ActivityResult.Suspend(BookmarkRequest.Timer(context.ShiftToWorkingDay(nominal))));
    }

    protected internal override ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption) =>
        ValueTask.FromResult(ActivityResult.Complete());
}
