using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Scheduling;

namespace Cohorts.Workflows.Activities;

/// <summary>
/// Plans a coaching session for the company (variable <c>companyId</c>) with its coach, then waits until the coach
/// records the outcome (signal <c>session-recorded</c>, key <c>session-{sessionId}</c>); a late outcome reminds the
/// coach after <see cref="RemindAfter"/> and escalates to the programme manager after a further
/// <see cref="EscalateAfter"/>. Completes with outcome <c>Held</c> (<c>NoShow</c> when the company did not come, <c>Cancelled</c> when the session was cancelled); sets the variable <c>lastSessionId</c>.
/// </summary>
/// <remarks>
/// The session goes to a free slot of the coach from the planned day on (<see cref="SessionPlacement"/>: the coach's
/// working days and hours, the programme's session length), and lasts the programme's session length.
/// The coach is the company's current coach (so a manager's reassignment takes effect), else the variable
/// <c>coachId</c>. A replayed step finds the session it planned (by plan key) instead of planning a second.
/// </remarks>
[ActivityType("CoachingSession")]
public sealed class CoachingSession : Activity
{
    /// <summary>Gets the title, a template (<c>Coaching session ${occurrence + 1}</c>).</summary>
    public string Title { get; init; } = "Coaching session";

    /// <summary>Gets when: an ISO 8601 date or a variable holding one (<c>plannedAt</c> in RecurringSessions); default: now.</summary>
    public string? At { get; init; }

    /// <summary>Gets a duration added to <see cref="At"/>.</summary>
    public IsoDuration? Offset { get; init; }

    /// <summary>Gets how long after the planned time a missing outcome reminds the coach (default two days).</summary>
    public IsoDuration RemindAfter { get; init; } = IsoDuration.FromDays(2);

    /// <summary>Gets how long after the reminder a still missing outcome goes to the manager (default five days).</summary>
    public IsoDuration EscalateAfter { get; init; } = IsoDuration.FromDays(5);

    /// <summary>Gets a value indicating whether the session may fall on a day the definition's calendar excludes.</summary>
    public bool SkipCalendar { get; init; }

    /// <summary>Gets the place, if any.</summary>
    public string? Location { get; init; }

    /// <summary>
    /// Gets a value indicating whether the session keeps its planned time instead of going to a free slot of its coach
    /// (a one-off meeting fixed with the company); off by default.
    /// </summary>
    public bool KeepTime { get; init; }

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var companyId = ActivityValues.RequireGuid(context, "companyId", "CoachingSession");
        if (ActivityValues.PlannedAt(context, At, context.Now, Offset, SkipCalendar, out var error) is not { } plannedAt)
        {
            return ActivityResult.Fault(error!);
        }

        var title = ActivityValues.Interpolate(context, Title);
        var planKey = ActivityValues.PlanKey(context);
        var variableCoachId = ActivityValues.ReadGuid(context, "coachId");
        var session = await ActivityValues.Store(context).WriteAsync(
            async db =>
            {
                // The company and the plan-key check in one round trip; a replayed step (plan key taken) or a missing
                // company then looks the session up by plan key, as a replay finds the session it planned.
                var queries = DomainQueries.For(db);
                var company = await queries.SessionPlanning(db, companyId, planKey, context.CancellationToken);
                if ((company is null || company.PlannedAlready) && await queries.SessionByPlanKey(db, planKey, context.CancellationToken) is { } planned)
                {
                    return planned;
                }

                if (company is null)
                {
                    throw new InvalidOperationException($"Company {companyId} does not exist: no session can be planned for it.");
                }

                var coachId = company.CoachId ?? variableCoachId
                    ?? throw new InvalidOperationException($"{company.CompanyName} has no coach yet: run AssignCoach before a CoachingSession.");
                var (start, end) = KeepTime
                    ? (plannedAt, plannedAt + await CoachSlots.SessionLengthAsync(db, company.CohortId, context.CancellationToken))
                    : await CoachSlots.FindAsync(
                        db, company.CohortId, coachId, companyId, plannedAt, SkipCalendar ? null : context.Calendar, context.TimeZone, context.CancellationToken);
                var created = new Session(Guid.CreateVersion7(context.Now), company.CohortId, SessionKind.Coaching, title, start, coachId, null)
                {
                    Location = Location,
                    PlanKey = planKey,
                };
                created.Last(end - start);
                created.CompanyIds.Add(companyId);
                await queries.InsertSessionAsync(db, created, context.CancellationToken);
                if (db.OwesMail && await queries.CoachEmail(db, coachId, context.CancellationToken) is { } coachEmail)
                {
                    // The coach hears of it, with an .ics, in the same transaction (mail outbox).
                    await MailsOwed.SessionAsync(db, $"session-{created.Id:D}/planned", "session-planned", created, coachEmail, null, context.Now, context.CancellationToken);
                }

                // So does the company's contact, with the .ics its later changes update; not of a time already past
                // (a company accepted after its first session's day: the coach records what became of it).
                if (start > context.Now)
                {
                    await MailsOwed.CompaniesOfSessionAsync(db, $"session-{created.Id:D}/planned", "company-session-planned", created, sequence: 0, context.Now, context.CancellationToken);
                }

                return created;
            },
            context.CancellationToken);
        return SessionWait.Begin(context, session, RemindAfter, EscalateAfter);
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption) =>
        SessionWait.ResumeAsync(context, resumption, RemindAfter, EscalateAfter);

    /// <inheritdoc />
    protected override IEnumerable<DefinitionProblem> Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return new DefinitionProblem($"{path}.title", "a session needs a title");
        }

        if (At is not null && !ActivityValues.IsValidDateSource(At))
        {
            yield return new DefinitionProblem($"{path}.at", $"'{At}' is neither an ISO 8601 date nor a variable name");
        }
    }
}
