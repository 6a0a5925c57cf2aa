using Cohorts.Engine.Definitions;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Activities;

/// <summary>
/// Waits until an instant: an ISO 8601 date in the definition, or a variable's date (e.g. <c>cohortStart</c>) plus an
/// offset (<c>P6M</c> for the mid-term review). An instant already past completes at once. An instant on a day the
/// definition's calendar excludes moves to the next working day at the same local time, unless
/// <see cref="SkipCalendar"/> is set.
/// </summary>
public sealed class WaitUntil : Activity
{
    /// <summary>Gets the instant: an ISO 8601 date, or the name of a variable holding one.</summary>
    public required string At { get; init; }

    /// <summary>Gets the offset added to <see cref="At"/>.</summary>
    public IsoDuration? Offset { get; init; }

    /// <summary>Gets a value indicating whether to keep the instant on a day the definition's calendar excludes.</summary>
    public bool SkipCalendar { get; init; }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!DateSource.TryResolve(context, At, out var at))
        {
            return ValueTask.FromResult(ActivityResult.Fault($"at: {DateSource.Describe(At)}"));
        }

        var due = (Offset ?? IsoDuration.Zero).AddTo(at, context.TimeZone);
        if (!SkipCalendar)
        {
            due = context.ShiftToWorkingDay(due);
        }

        return ValueTask.FromResult(due > context.Now ? ActivityResult.Suspend(BookmarkRequest.Timer(due)) : ActivityResult.Complete());
    }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption) =>
        ValueTask.FromResult(ActivityResult.Complete());

    /// <inheritdoc />
    protected internal override IEnumerable<DefinitionProblem> Validate(string path)
    {
        if (!DateSource.IsValid(At))
        {
            yield return new DefinitionProblem($"{path}.at", $"'{At}' is neither an ISO 8601 date nor a variable name");
        }
    }
}
