using Cohorts.Engine.Definitions;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Activities;

/// <summary>
/// Runs its body a number of times, or on a schedule: occurrence <c>n</c> falls at <c>from + offset + n × every</c>
/// (calendar arithmetic in the definition's time zone, so the 31st stays the month's last day and 10:00 stays 10:00),
/// for <see cref="Count"/> occurrences or until <see cref="Until"/>. An occurrence already due runs at once.
/// An occurrence on a day the definition's calendar excludes moves to the next working day at the same local time
/// (unless <see cref="SkipCalendar"/> is set); each is computed from the anchor and then moved, so moves never
/// accumulate. A Repeat without <see cref="Every"/>, <see cref="From"/> or <see cref="Offset"/> is a plain loop that
/// runs at once: the calendar does not delay it.
/// </summary>
public sealed class Repeat : Activity
{
    /// <summary>
    /// Gets the number of occurrences (required unless <see cref="Every"/> and <see cref="Until"/> bound it), at most
    /// <see cref="DefinitionLimits.MaxRepeatCount"/>.
    /// </summary>
    public int? Count { get; init; }

    /// <summary>Gets the period between occurrences; without it, the body runs back to back.</summary>
    public IsoDuration? Every { get; init; }

    /// <summary>Gets the anchor: an ISO 8601 date or a variable holding one (default: when the Repeat starts).</summary>
    public string? From { get; init; }

    /// <summary>Gets the offset of the first occurrence from the anchor.</summary>
    public IsoDuration? Offset { get; init; }

    /// <summary>Gets the last instant at which an occurrence may fall: an ISO 8601 date or a variable holding one.</summary>
    public string? Until { get; init; }

    /// <summary>Gets the variable that receives the 0-based occurrence number (none when null).</summary>
    public string? IndexVariable { get; init; }

    /// <summary>Gets a value indicating whether occurrences keep days the definition's calendar excludes.</summary>
    public bool SkipCalendar { get; init; }

    /// <summary>Gets the body.</summary>
    public required Activity Body { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Activity> GetChildren() => [Body];

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Count > DefinitionLimits.MaxRepeatCount)
        {
            // A version published before the limit still loads (lenient reading skips Validate): refuse it here.
            return ValueTask.FromResult(ActivityResult.Fault(CountTooLarge));
        }

        var anchor = context.Now;
        if (From is not null && !DateSource.TryResolve(context, From, out anchor))
        {
            return ValueTask.FromResult(ActivityResult.Fault($"from: {DateSource.Describe(From)}"));
        }

        if (Until is not null)
        {
            if (!DateSource.TryResolve(context, Until, out var until))
            {
                return ValueTask.FromResult(ActivityResult.Fault($"until: {DateSource.Describe(Until)}"));
            }

            context.SetState("until", until);
        }

        context.SetState("anchor", (Offset ?? IsoDuration.Zero).AddTo(anchor, context.TimeZone));
        return ValueTask.FromResult(Occurrence(context, 0));
    }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> OnChildCompletedAsync(ActivityContext context, ChildCompletion child)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(Occurrence(context, context.GetState<int>("index") + 1));
    }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(RunBody(context, context.GetState<int>("index")));
    }

    /// <inheritdoc />
    protected internal override IEnumerable<DefinitionProblem> Validate(string path)
    {
        if (Count is null && (Every is null || Until is null))
        {
            yield return new DefinitionProblem($"{path}.count", "a Repeat needs a count, or both every and until, to end");
        }

        if (Count < 0)
        {
            yield return new DefinitionProblem($"{path}.count", "must not be negative");
        }

        if (Count > DefinitionLimits.MaxRepeatCount)
        {
            yield return new DefinitionProblem($"{path}.count", CountTooLarge);
        }

        if (Every is { IsZero: true })
        {
            yield return new DefinitionProblem($"{path}.every", "must be longer than zero");
        }

        foreach (var (name, value) in new[] { ("from", From), ("until", Until) })
        {
            if (value is not null && !DateSource.IsValid(value))
            {
                yield return new DefinitionProblem($"{path}.{name}", $"'{value}' is neither an ISO 8601 date nor a variable name");
            }
        }
    }

    private string CountTooLarge => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"count {Count:N0} is more than the {DefinitionLimits.MaxRepeatCount:N0} occurrences a Repeat may have: repeat a shorter body, or keep the work in the application");

    /// <summary>Computes when occurrence <paramref name="index"/> falls, for a given anchor, before any calendar.</summary>
    public DateTimeOffset OccurrenceAt(DateTimeOffset anchor, int index, TimeZoneInfo zone) =>
        Every is { } every ? every.Multiply(index).AddTo(anchor, zone) : anchor;

    /// <summary>
    /// Computes when occurrence <paramref name="index"/> falls: <c>anchor + index × every</c>, then moved to the next
    /// working day of <paramref name="calendar"/> at the same local time (unless <see cref="SkipCalendar"/> is set, or
    /// the Repeat has no schedule). Earlier occurrences' moves do not carry over.
    /// </summary>
    /// <exception cref="Exceptions.NoWorkingDayException">The calendar has no working day within a year.</exception>
    public DateTimeOffset OccurrenceAt(DateTimeOffset anchor, int index, TimeZoneInfo zone, BusinessCalendar? calendar)
    {
        var due = OccurrenceAt(anchor, index, zone);
        var scheduled = Every is not null || From is not null || Offset is not null;
        return calendar is null || SkipCalendar || !scheduled ? due : calendar.ShiftToWorkingDay(due, zone);
    }

    private ActivityResult Occurrence(ActivityContext context, int index)
    {
        context.SetState("index", index);
        if (index >= Count)
        {
            return ActivityResult.Complete();
        }

        var due = OccurrenceAt(context.GetState<DateTimeOffset>("anchor"), index, context.TimeZone, context.Calendar);
        if (context.State.ContainsKey("until") && due > context.GetState<DateTimeOffset>("until"))
        {
            return ActivityResult.Complete();
        }

        return due > context.Now ? ActivityResult.Suspend(BookmarkRequest.Timer(due)) : RunBody(context, index);
    }

    private ActivityResult RunBody(ActivityContext context, int index)
    {
        if (IndexVariable is not null)
        {
            context.SetVariable(IndexVariable, index);
        }

        return ActivityResult.Schedule(Body);
    }
}
