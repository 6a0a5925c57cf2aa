using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;
using System.Text.Json.Nodes;

namespace Cohorts.Workflows.Activities;

/// <summary>
/// Starts its <see cref="Body"/> (usually a CoachingSession or a CollectiveEvent reading <c>at: "plannedAt"</c>) on a
/// schedule: occurrence <c>n</c> falls at <c>from + offset + n × every</c>, moved to the next working day of the
/// definition's calendar (each computed from the anchor, so moves never accumulate), for <see cref="Count"/>
/// occurrences or until <see cref="Until"/>. Each occurrence starts a new body without waiting for earlier ones to
/// finish, so a late outcome never delays the schedule; an optional <see cref="FollowUp"/> starts
/// <see cref="FollowUpAfter"/> after its occurrence. Before starting a body or follow-up it sets the variables
/// <c>occurrence</c> (0-based) and <c>plannedAt</c> (ISO instant). Completes once everything has started and finished.
/// With <see cref="PlanAhead"/>, each body and follow-up starts that long before its instant (at once when that is past
/// already), <c>plannedAt</c> still being the instant: its session is planned ahead, with its future time.
/// A company that joined its cohort after the launch (variable <c>joinedAt</c>, set by Intake) starts where the cohort
/// is: occurrences (and their follow-ups) falling before it joined are skipped, never planned in the past.
/// A follow-up also finds its occurrence's event in the variable <c>occurrenceSessionId</c> (the OpenLab's cold feedback
/// asks the conference's attendees): the session a body's event completed with (its output's <c>sessionId</c> and
/// <c>occurrence</c>, as CollectiveEvent gives them), null while that event's outcome is not recorded.
/// </summary>
[ActivityType("RecurringSessions")]
public sealed class RecurringSessions : Activity
{
    private const string AnchorKey = "anchor";
    private const string UntilKey = "until";
    private const string NextKey = "next";
    private const string FollowUpsKey = "followUps";
    private const string SessionsKey = "sessions";

    /// <summary>Gets the period between occurrences (required).</summary>
    public required IsoDuration Every { get; init; }

    /// <summary>Gets the number of occurrences, at most <see cref="MaxOccurrences"/> (this, <see cref="Until"/> or <see cref="Occurrences"/> is required; default the number of <see cref="Occurrences"/>). A schedule that ends at <see cref="Until"/> stops at <see cref="MaxOccurrences"/> too.</summary>
    public int? Count { get; init; }

    /// <summary>
    /// Gets data of each occurrence, in date order (at most <see cref="MaxOccurrences"/>): its own title, time, town,
    /// host, organisers, expected visitors. The body reads occurrence <c>n</c>'s entry in the variable
    /// <c>occurrenceData</c>; a follow-up reads its title in <c>occurrenceTitle</c>.
    /// </summary>
    public IReadOnlyList<EventOccurrence>? Occurrences { get; init; }

    /// <summary>The most entries <see cref="Occurrences"/> holds.</summary>
    public const int MaxOccurrences = 1_000;

    private int? Total => Count ?? Occurrences?.Count;

    /// <summary>Gets the last instant an occurrence may fall at: an ISO 8601 date or a variable holding one.</summary>
    public string? Until { get; init; }

    /// <summary>Gets the anchor: an ISO 8601 date or a variable holding one (default <c>cohortStart</c>).</summary>
    public string From { get; init; } = "cohortStart";

    /// <summary>Gets the offset of the first occurrence from the anchor.</summary>
    public IsoDuration? Offset { get; init; }

    /// <summary>
    /// Gets how long before its occurrence (or follow-up) each body starts, so that its session is planned ahead and
    /// shows in calendars; default none: each starts at its instant.
    /// </summary>
    public IsoDuration? PlanAhead { get; init; }

    /// <summary>Gets the activity each occurrence starts.</summary>
    public required Activity Body { get; init; }

    /// <summary>Gets an activity started <see cref="FollowUpAfter"/> after each occurrence (the OpenLab's cold feedback).</summary>
    public Activity? FollowUp { get; init; }

    /// <summary>Gets the time from an occurrence to its follow-up (required with <see cref="FollowUp"/>).</summary>
    public IsoDuration? FollowUpAfter { get; init; }

    /// <summary>Gets a value indicating whether occurrences keep days the definition's calendar excludes.</summary>
    public bool SkipCalendar { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Activity> GetChildren() => FollowUp is null ? [Body] : [Body, FollowUp];

    /// <summary>Computes when occurrence <paramref name="index"/> falls for an anchor (<c>from + offset</c>), calendar applied.</summary>
    public DateTimeOffset OccurrenceAt(DateTimeOffset anchor, int index, TimeZoneInfo zone, BusinessCalendar? calendar) =>
        Shift((DataOf(index)?.Offset ?? Every.Multiply(index)).AddTo(anchor, zone), zone, calendar);

    /// <summary>Computes the anchor occurrences count from: the <see cref="From"/> instant plus <see cref="Offset"/>.</summary>
    public DateTimeOffset AnchorAt(DateTimeOffset from, TimeZoneInfo zone) => (Offset ?? IsoDuration.Zero).AddTo(from, zone);

    /// <summary>
    /// Finds the first occurrence falling at or after <paramref name="instant"/> (the count when none does): where a
    /// company that joined then starts, those before it skipped.
    /// </summary>
    public int FirstOccurrenceFrom(DateTimeOffset anchor, DateTimeOffset instant, TimeZoneInfo zone, BusinessCalendar? calendar)
    {
        var index = 0;
        while ((Total is not { } count || index < count) && OccurrenceAt(anchor, index, zone, calendar) < instant)
        {
            index++;
            if (index > 10_000)
            {
                break; // a schedule that never reaches the instant (Until bounds it below)
            }
        }

        return index;
    }

    /// <summary>Gets the data of occurrence <paramref name="index"/>, if the schedule lists it.</summary>
    public EventOccurrence? DataOf(int index) => Occurrences is { } list && index >= 0 && index < list.Count ? list[index] : null;

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Count > MaxOccurrences)
        {
            // A version published before the limit still loads (lenient reading skips Validate): refused here.
            return ValueTask.FromResult(ActivityResult.Fault(CountTooLarge));
        }

        if (!ActivityValues.TryResolveDate(context, From, out var from))
        {
            return ValueTask.FromResult(ActivityResult.Fault($"from: {ActivityValues.DescribeDate(From)}"));
        }

        if (Until is not null)
        {
            if (!ActivityValues.TryResolveDate(context, Until, out var until))
            {
                return ValueTask.FromResult(ActivityResult.Fault($"until: {ActivityValues.DescribeDate(Until)}"));
            }

            context.SetState(UntilKey, until);
        }

        var anchor = AnchorAt(from, context.TimeZone);
        context.SetState(AnchorKey, anchor);
        context.SetState(NextKey, FirstAfterJoining(context, anchor));
        context.SetState(FollowUpsKey, new List<PlannedFollowUp>());
        return ValueTask.FromResult(Advance(context));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(Advance(context));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> OnChildCompletedAsync(ActivityContext context, ChildCompletion child)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A body's event tells which occurrence it was: its follow-up will find its session.
        if (FollowUp is not null && child.Child.Id == Body.Id && child.Output is JsonObject output
            && output["occurrence"] is JsonValue occurrence && occurrence.TryGetValue<int>(out var index)
            && ActivityValues.ParseGuid(output["sessionId"]) is { } sessionId)
        {
            var sessions = context.GetState<Dictionary<int, Guid>>(SessionsKey) ?? [];
            sessions[index] = sessionId;
            context.SetState(SessionsKey, sessions);
        }

        // Whatever is still to start waits on its timer; once all has started, the last child to finish completes this.
        var finished = NextItem(context) is null && context.ActiveChildCount == 0;
        return ValueTask.FromResult(finished ? ActivityResult.Complete() : ActivityResult.Pending);
    }

    /// <inheritdoc />
    protected override IEnumerable<DefinitionProblem> Validate(string path)
    {
        if (Count is null && Until is null && Occurrences is null)
        {
            yield return new DefinitionProblem($"{path}.count", "RecurringSessions needs a count, an until date or a list of occurrences to end");
        }

        if (Occurrences is { Count: > MaxOccurrences })
        {
            yield return new DefinitionProblem($"{path}.occurrences", $"at most {MaxOccurrences} occurrences");
        }

        for (var i = 0; i < (Occurrences?.Count ?? 0); i++)
        {
            var occurrence = Occurrences![i];
            if (occurrence is null)
            {
                yield return new DefinitionProblem($"{path}.occurrences[{i}]", "an occurrence is an object");
                continue;
            }

            if (occurrence.ExpectedVisitors < 0)
            {
                yield return new DefinitionProblem($"{path}.occurrences[{i}].expectedVisitors", "must not be negative");
            }

            if (occurrence.Kind == Domain.SessionKind.Coaching)
            {
                yield return new DefinitionProblem($"{path}.occurrences[{i}].kind", "an occurrence's event is a Visit, Networking, Conference, Feedback or Workshop");
            }

            if (occurrence.Organisers is { Count: > Organisations.OrganisationLimits.MaxPerEvent })
            {
                yield return new DefinitionProblem($"{path}.occurrences[{i}].organisers", $"at most {Organisations.OrganisationLimits.MaxPerEvent} organisers");
            }
        }

        if (Count < 0)
        {
            yield return new DefinitionProblem($"{path}.count", "must not be negative");
        }

        if (Count > MaxOccurrences)
        {
            yield return new DefinitionProblem($"{path}.count", CountTooLarge);
        }

        if (Every.IsZero)
        {
            yield return new DefinitionProblem($"{path}.every", "must be longer than zero");
        }

        if (PlanAhead is { IsZero: true })
        {
            yield return new DefinitionProblem($"{path}.planAhead", "must be longer than zero: leave it out to start each occurrence at its time");
        }

        if (FollowUp is not null && FollowUpAfter is null)
        {
            yield return new DefinitionProblem($"{path}.followUpAfter", "a followUp needs followUpAfter: how long after its occurrence it starts");
        }

        if (FollowUp is null && FollowUpAfter is not null)
        {
            yield return new DefinitionProblem($"{path}.followUp", "followUpAfter is set but there is no followUp to start");
        }

        foreach (var (name, value) in new[] { ("from", From), ("until", Until) })
        {
            if (value is not null && !ActivityValues.IsValidDateSource(value))
            {
                yield return new DefinitionProblem($"{path}.{name}", $"'{value}' is neither an ISO 8601 date nor a variable name");
            }
        }
    }

    /// <summary>The first occurrence at or after the company joined (variable <c>joinedAt</c>), or 0 without it.</summary>
    private int FirstAfterJoining(ActivityContext context, DateTimeOffset anchor)
    {
        if (context.GetVariable("joinedAt") is null || !ActivityValues.TryResolveDate(context, "joinedAt", out var joinedAt))
        {
            return 0;
        }

        return FirstOccurrenceFrom(anchor, joinedAt, context.TimeZone, context.Calendar);
    }

    /// <summary>
    /// Starts the earliest item (occurrence or follow-up) if it is due (<see cref="PlanAhead"/> before its instant), and
    /// waits on one timer for the next. Only one
    /// item starts per call because the variables it reads are the instance's: a second item due already gets a timer
    /// due now, which the scheduler fires at once.
    /// </summary>
    private ActivityResult Advance(ActivityContext context)
    {
        if (NextItem(context) is not { } item)
        {
            return context.ActiveChildCount == 0 ? ActivityResult.Complete() : ActivityResult.Pending;
        }

        var startAt = StartAt(item.DueAt, context.TimeZone);
        if (startAt > context.Now)
        {
            return ActivityResult.Suspend(BookmarkRequest.Timer(startAt));
        }

        var followUps = context.GetState<List<PlannedFollowUp>>(FollowUpsKey) ?? [];
        Activity child;
        if (item.IsFollowUp)
        {
            followUps.RemoveAll(f => f.Occurrence == item.Occurrence);
            child = FollowUp!;
        }
        else
        {
            context.SetState(NextKey, item.Occurrence + 1);
            if (FollowUp is not null && FollowUpAfter is { } after)
            {
                followUps.Add(new PlannedFollowUp(item.Occurrence, Shift(after.AddTo(item.DueAt, context.TimeZone), context.TimeZone, context.Calendar)));
            }

            child = Body;
        }

        context.SetState(FollowUpsKey, followUps);
        context.SetVariable("occurrence", item.Occurrence);
        var data = DataOf(item.Occurrence);
        context.SetVariable("occurrenceData", item.IsFollowUp || data is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(data, Cohorts.Engine.Instances.InstanceStateSerializer.Options));
        context.SetVariable("occurrenceTitle", data?.Title is { } title ? System.Text.Json.Nodes.JsonValue.Create(title) : null);
        context.SetVariable("plannedAt", DateValues.Format(item.DueAt));
        context.SetVariable("occurrenceSessionId", item.IsFollowUp ? TakeSession(context, item.Occurrence) : null);
        return ActivityResult.ScheduleAndWait([child], NextItem(context) is { } next ? [BookmarkRequest.Timer(StartAt(next.DueAt, context.TimeZone))] : []);
    }

    /// <summary>The session of an occurrence's event, for its follow-up (forgotten then: the follow-up is its only reader).</summary>
    private static JsonValue? TakeSession(ActivityContext context, int occurrence)
    {
        if (context.GetState<Dictionary<int, Guid>>(SessionsKey) is not { } sessions || !sessions.Remove(occurrence, out var sessionId))
        {
            return null;
        }

        context.SetState(SessionsKey, sessions);
        return JsonValue.Create(sessionId.ToString());
    }

    private string CountTooLarge => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"count {Count:N0} is more than the {MaxOccurrences:N0} occurrences a recurrence may have");

    /// <summary>Finds the earliest item still to start: the next occurrence or a follow-up (the follow-up first on a tie).</summary>
    private (int Occurrence, DateTimeOffset DueAt, bool IsFollowUp)? NextItem(ActivityContext context)
    {
        (int Occurrence, DateTimeOffset DueAt, bool IsFollowUp)? best = null;
        var followUps = context.GetState<List<PlannedFollowUp>>(FollowUpsKey) ?? [];
        foreach (var followUp in followUps.Where(f => best is null || f.DueAt < best.Value.DueAt))
        {
            best = (followUp.Occurrence, followUp.DueAt, true);
        }

        var index = context.GetState<int>(NextKey);
        if ((Total is { } count && index >= count) || index >= MaxOccurrences)
        {
            return best; // all started; a schedule ending at a date stops at the most occurrences too
        }

        var due = OccurrenceAt(context.GetState<DateTimeOffset>(AnchorKey), index, context.TimeZone, context.Calendar);
        if (context.State.ContainsKey(UntilKey) && due > context.GetState<DateTimeOffset>(UntilKey))
        {
            return best;
        }

        return best is { } followUpFirst && followUpFirst.DueAt <= due ? best : (index, due, false);
    }

    /// <summary>When the body or follow-up of an item due at <paramref name="dueAt"/> starts: <see cref="PlanAhead"/> before.</summary>
    private DateTimeOffset StartAt(DateTimeOffset dueAt, TimeZoneInfo zone) =>
        PlanAhead is { } ahead ? ahead.SubtractFrom(dueAt, zone) : dueAt;

    private DateTimeOffset Shift(DateTimeOffset instant, TimeZoneInfo zone, BusinessCalendar? calendar) =>
        calendar is null || SkipCalendar ? instant : calendar.ShiftToWorkingDay(instant, zone);
}
