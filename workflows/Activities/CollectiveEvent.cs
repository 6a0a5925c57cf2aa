using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Scheduling;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Activities;

/// <summary>
/// Plans a cohort-wide event (a visit, a networking evening, a conference, its feedback session, a workshop) for the
/// cohort (variable <c>cohortId</c>), expecting every company that is accepted or active at that moment, then waits for
/// its outcome (attendance per company) like <see cref="CoachingSession"/>: signal <c>session-recorded</c>, a
/// reminder to the organiser, an escalation to the manager. Completes with outcome <c>Held</c> (<c>NoShow</c> when the company did not come, <c>Cancelled</c> when the session was cancelled); sets
/// <c>lastSessionId</c>. Its output names the session (<c>sessionId</c>) and, when a RecurringSessions started it, the
/// occurrence (<c>occurrence</c>), so that the schedule knows each occurrence's event (a follow-up reads it in
/// <c>occurrenceSessionId</c>).
/// </summary>
[ActivityType("CollectiveEvent")]
public sealed class CollectiveEvent : Activity
{
    private const string OccurrenceKey = "occurrence";

    /// <summary>Gets the kind: Visit, Networking, Conference, Feedback or Workshop.</summary>
    public required SessionKind Kind { get; init; }

    /// <summary>Gets the title, a template (<c>Happy Innov #${occurrence + 1}</c>); default: the kind.</summary>
    public string? Title { get; init; }

    /// <summary>Gets when: an ISO 8601 date or a variable holding one; default: the variable <c>plannedAt</c> when set, else now.</summary>
    public string? At { get; init; }

    /// <summary>Gets a duration added to <see cref="At"/>.</summary>
    public IsoDuration? Offset { get; init; }

    /// <summary>Gets who organises it (reminded when its outcome is late).</summary>
    public string Organiser { get; init; } = "Programme team";

    /// <summary>Gets the place, if any.</summary>
    public string? Location { get; init; }

    /// <summary>Gets the organisation hosting it (a name of the directory, added when unknown), if any.</summary>
    public string? Host { get; init; }

    /// <summary>Gets the organisations organising it (names of the directory, added when unknown); they also name <see cref="Organiser"/>.</summary>
    public IReadOnlyList<string>? Organisers { get; init; }

    /// <summary>Gets the number of visitors expected, if counted.</summary>
    public int? ExpectedVisitors { get; init; }

    /// <summary>Gets how long after the event a missing outcome reminds the organiser (default two days).</summary>
    public IsoDuration RemindAfter { get; init; } = IsoDuration.FromDays(2);

    /// <summary>Gets how long after the reminder a still missing outcome goes to the manager (default five days).</summary>
    public IsoDuration EscalateAfter { get; init; } = IsoDuration.FromDays(5);

    /// <summary>Gets a value indicating whether the event may fall on a day the definition's calendar excludes.</summary>
    public bool SkipCalendar { get; init; }

    /// <summary>
    /// Gets a value indicating whether the event keeps a day of its own: when another event of the cohort holds its day
    /// already (a closure moved both onto its first working day), it goes to the next working day free of events
    /// (<see cref="EventPlacement"/>). Off by default: a week of events (the Semaine de l'Innovation) shares its days.
    /// </summary>
    public bool OwnDay { get; init; }

    /// <summary>Gets how long it lasts; default the kind's usual length (<see cref="SessionLengths.Of"/>).</summary>
    public IsoDuration? Length { get; init; }

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cohortId = ActivityValues.RequireGuid(context, "cohortId", "CollectiveEvent");
        var at = At ?? (context.GetVariable("plannedAt") is null ? null : "plannedAt");
        if (ActivityValues.PlannedAt(context, at, context.Now, Offset, SkipCalendar, out var error) is not { } plannedAt)
        {
            return ActivityResult.Fault(error!);
        }

        var data = OccurrenceData(context);
        var kind = data?.Kind ?? Kind;
        var title = data?.Title ?? ActivityValues.Interpolate(context, Title ?? kind.ToString());
        var organisers = data?.Organisers ?? Organisers ?? [];
        var host = data?.Host ?? Host;
        var planKey = ActivityValues.PlanKey(context);
        var session = await ActivityValues.Store(context).WriteAsync(
            async db =>
            {
                if (await DomainQueries.For(db).SessionByPlanKey(db, planKey, context.CancellationToken) is { } planned)
                {
                    return planned;
                }

                if (!await DomainQueries.For(db).CohortExists(db, cohortId, context.CancellationToken))
                {
                    throw new InvalidOperationException($"Cohort {cohortId} does not exist: no event can be planned for it.");
                }

                var expected = await db.Companies
                    .Where(c => c.CohortId == cohortId && (c.Status == CompanyStatus.Accepted || c.Status == CompanyStatus.Active))
                    .OrderBy(c => c.Name)
                    .Select(c => c.Id)
                    .ToListAsync(context.CancellationToken);
                // With OwnDay, never on a day another event of the cohort holds (EventPlacement).
                var start = OwnDay
                    ? await EventPlacement.FindAsync(db, cohortId, plannedAt, SkipCalendar ? null : context.Calendar, context.TimeZone, context.CancellationToken)
                    : plannedAt;
                var organiser = organisers.Count > 0 ? string.Join(", ", organisers) : Organiser;
                var created = new Session(Guid.CreateVersion7(context.Now), cohortId, kind, title, start, null, organiser)
                {
                    Location = data?.Town ?? Location,
                    ExpectedVisitors = data?.ExpectedVisitors ?? ExpectedVisitors,
                    PlanKey = planKey,
                };
                created.Last(Length is { } length ? length.AddTo(start, context.TimeZone) - start : SessionLengths.Of(kind));
                created.CompanyIds.AddRange(expected);
                await DomainQueries.For(db).InsertSessionAsync(db, created, context.CancellationToken);
                await EventOrganisations.LinkAsync(db, created.Id, host, organisers, context.Now, context.CancellationToken);
                return created;
            },
            context.CancellationToken);
        if (context.GetVariable("occurrence") is System.Text.Json.Nodes.JsonValue occurrence)
        {
            context.State[OccurrenceKey] = occurrence.DeepClone();
        }

        return WithOccurrence(context, SessionWait.Begin(context, session, RemindAfter, EscalateAfter));
    }

    /// <summary>The occurrence's own data, when a RecurringSessions with <c>occurrences</c> started this event.</summary>
    private static EventOccurrence? OccurrenceData(ActivityContext context) =>
        context.GetVariable("occurrenceData") is System.Text.Json.Nodes.JsonObject data
            ? data.Deserialize<EventOccurrence>(Cohorts.Engine.Instances.InstanceStateSerializer.Options)
            : null;

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption) =>
        WithOccurrence(context, await SessionWait.ResumeAsync(context, resumption, RemindAfter, EscalateAfter));

    /// <summary>Adds the occurrence that started the event (if any) to a completion's output.</summary>
    private static ActivityResult WithOccurrence(ActivityContext context, ActivityResult result)
    {
        if (result is not ActivityResult.Completed { Output: System.Text.Json.Nodes.JsonObject output } completed
            || !context.State.TryGetPropertyValue(OccurrenceKey, out var occurrence) || occurrence is null)
        {
            return result;
        }

        var withOccurrence = output.DeepClone().AsObject();
        withOccurrence[OccurrenceKey] = occurrence.DeepClone();
        return ActivityResult.Complete(completed.Outcome, withOccurrence);
    }

    /// <inheritdoc />
    protected override IEnumerable<DefinitionProblem> Validate(string path)
    {
        if (Kind == SessionKind.Coaching)
        {
            yield return new DefinitionProblem($"{path}.kind", "a collective event is a Visit, Networking, Conference, Feedback or Workshop (coaching is a CoachingSession)");
        }

        if (string.IsNullOrWhiteSpace(Organiser))
        {
            yield return new DefinitionProblem($"{path}.organiser", "an event needs an organiser");
        }

        if (Organisers is { Count: > Organisations.OrganisationLimits.MaxPerEvent })
        {
            yield return new DefinitionProblem($"{path}.organisers", $"at most {Organisations.OrganisationLimits.MaxPerEvent} organisers");
        }

        if (Organisers?.Any(string.IsNullOrWhiteSpace) == true || (Host is not null && string.IsNullOrWhiteSpace(Host)))
        {
            yield return new DefinitionProblem($"{path}.{(Organisers?.Any(string.IsNullOrWhiteSpace) == true ? "organisers" : "host")}", "an organisation's name is not blank");
        }

        if (ExpectedVisitors < 0)
        {
            yield return new DefinitionProblem($"{path}.expectedVisitors", "must not be negative");
        }

        if (Length is { IsZero: true })
        {
            yield return new DefinitionProblem($"{path}.length", "must be longer than zero");
        }

        if (At is not null && !ActivityValues.IsValidDateSource(At))
        {
            yield return new DefinitionProblem($"{path}.at", $"'{At}' is neither an ISO 8601 date nor a variable name");
        }
    }
}
