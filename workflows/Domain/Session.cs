namespace Cohorts.Workflows.Domain;

/// <summary>
/// A coaching session or a collective event (visit, networking evening, conference, workshop): when it is planned,
/// who runs it, which companies are expected, and, once recorded, its outcome.
/// </summary>
public sealed class Session
{
    /// <summary>Initializes a new instance of the <see cref="Session"/> class.</summary>
    public Session(Guid id, Guid cohortId, SessionKind kind, string title, DateTimeOffset plannedAt, Guid? coachId, string? organiser)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (coachId is null && string.IsNullOrWhiteSpace(organiser))
        {
            throw new ArgumentException("A session has a coach or an organiser.", nameof(organiser));
        }

        Id = id;
        CohortId = cohortId;
        Kind = kind;
        Title = title;
        PlannedAt = plannedAt;
        EndsAt = plannedAt + SessionLengths.Of(kind);
        CoachId = coachId;
        Organiser = organiser;
    }

    /// <summary>Gets the session's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets the cohort.</summary>
    public Guid CohortId { get; private set; }

    /// <summary>Gets the kind.</summary>
    public SessionKind Kind { get; private set; }

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; }

    /// <summary>Gets when it is planned.</summary>
    public DateTimeOffset PlannedAt { get; private set; }

    /// <summary>Gets when it ends (its start plus its length: <see cref="SessionLengths"/> unless <see cref="Last"/> says otherwise).</summary>
    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>Sets how long the session lasts from its planned time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is not positive.</exception>
    public void Last(TimeSpan length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(length, TimeSpan.Zero);
        EndsAt = PlannedAt + length;
    }

    /// <summary>Gets the coach who runs it (coaching sessions).</summary>
    public Guid? CoachId { get; private set; }

    /// <summary>Gets the organiser (collective events).</summary>
    public string? Organiser { get; private set; }

    /// <summary>Gets the town or place, if any.</summary>
    public string? Location { get; set; }

    /// <summary>Gets the companies expected.</summary>
    public List<Guid> CompanyIds { get; private set; } = [];

    /// <summary>Gets the number of visitors expected (events counted against a target).</summary>
    public int? ExpectedVisitors { get; set; }

    /// <summary>Gets the key of the workflow step that planned it, so a replayed step never plans it twice.</summary>
    public string? PlanKey { get; set; }

    /// <summary>Gets the outcome, once recorded.</summary>
    public SessionOutcome? Outcome { get; private set; }

    /// <summary>Gets when the coach was reminded that the outcome is late.</summary>
    public DateTimeOffset? RemindedAt { get; private set; }

    /// <summary>Gets when the lateness was escalated to the programme manager.</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }

    /// <summary>Gets a value indicating whether it took place: its outcome was recorded, and not as a no-show.</summary>
    public bool IsHeld => Outcome is { NoShow: false };

    /// <summary>Gets a value indicating whether the session is past, not cancelled, and its outcome not recorded.</summary>
    public bool IsLate(DateTimeOffset now) => Outcome is null && CancelledAt is null && PlannedAt < now;

    /// <summary>Records the outcome.</summary>
    /// <exception cref="InvalidOperationException">The outcome was recorded already, or names a company not expected.</exception>
    public void RecordOutcome(SessionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (Outcome is not null)
        {
            throw new InvalidOperationException($"The outcome of session '{Title}' was recorded already.");
        }

        ThrowIfCancelled();
        var unexpected = outcome.Attendance.Select(a => a.CompanyId).Except(CompanyIds).ToList();
        if (unexpected.Count > 0)
        {
            throw new InvalidOperationException($"Session '{Title}' does not expect company {unexpected[0]}.");
        }

        Outcome = outcome;
    }

    /// <summary>Hands a coaching session whose outcome is not recorded yet to another coach (a manager's reassignment).</summary>
    /// <exception cref="InvalidOperationException">The session is a collective event, was cancelled, or its outcome was recorded.</exception>
    public void ReassignCoach(Guid coachId)
    {
        if (CoachId is null)
        {
            throw new InvalidOperationException($"Session '{Title}' is a collective event: it has no coach.");
        }

        ThrowIfCancelled();

        if (Outcome is not null)
        {
            throw new InvalidOperationException($"The outcome of session '{Title}' was recorded: it stays with its coach.");
        }

        CoachId = coachId;
    }

    /// <summary>
    /// Expects one more company at a collective event still to come: one accepted after the event was planned (events are
    /// planned ahead, RecurringSessions' <c>planAhead</c>).
    /// </summary>
    /// <returns>False when the company was expected already.</returns>
    /// <exception cref="InvalidOperationException">The session is a coaching session, or its outcome was recorded.</exception>
    public bool Expect(Guid companyId)
    {
        if (CoachId is not null)
        {
            throw new InvalidOperationException($"Session '{Title}' is a coaching session: it is its company's alone.");
        }

        if (Outcome is not null)
        {
            throw new InvalidOperationException($"The outcome of session '{Title}' was recorded: who was expected is settled.");
        }

        if (CompanyIds.Contains(companyId))
        {
            return false;
        }

        CompanyIds.Add(companyId);
        return true;
    }

    /// <summary>Notes that the coach was reminded.</summary>
    public void MarkReminded(DateTimeOffset at) => RemindedAt ??= at;

    /// <summary>Notes that the lateness was escalated.</summary>
    public void MarkEscalated(DateTimeOffset at) => EscalatedAt ??= at;

    // Plans change (cancel, reschedule, no-show, correction): kept together below.

    /// <summary>Gets when the session was cancelled, if it was.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Gets who cancelled it.</summary>
    public string? CancelledBy { get; private set; }

    /// <summary>Gets why it was cancelled, or why it was last moved.</summary>
    public string? ChangeReason { get; private set; }

    /// <summary>Gets how many times it was moved to another time (each move gets its own reminders).</summary>
    public int RescheduleCount { get; private set; }

    /// <summary>Gets a value indicating whether the session was cancelled.</summary>
    public bool IsCancelled => CancelledAt is not null;

    /// <summary>Gets a value indicating whether nothing more is awaited: its outcome is recorded or it was cancelled.</summary>
    public bool IsSettled => Outcome is not null || CancelledAt is not null;

    /// <summary>Cancels a session whose outcome is not recorded: it is neither held nor late, and its workflow stops waiting.</summary>
    /// <exception cref="InvalidOperationException">Its outcome was recorded, or it was cancelled already.</exception>
    public void Cancel(string reason, string cancelledBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(cancelledBy);
        ThrowIfCancelled();
        if (Outcome is not null)
        {
            throw new InvalidOperationException($"The outcome of session '{Title}' was recorded: it took place and cannot be cancelled.");
        }

        CancelledAt = at;
        CancelledBy = cancelledBy.Trim();
        ChangeReason = reason.Trim();
    }

    /// <summary>Moves a session whose outcome is not recorded to another time; its reminders start again from there.</summary>
    /// <exception cref="InvalidOperationException">Its outcome was recorded, or it was cancelled.</exception>
    public void Reschedule(DateTimeOffset at, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ThrowIfCancelled();
        if (Outcome is not null)
        {
            throw new InvalidOperationException($"The outcome of session '{Title}' was recorded: it cannot move.");
        }

        EndsAt = at + (EndsAt - PlannedAt); // the session keeps its length
        PlannedAt = at;
        ChangeReason = reason.Trim();
        RescheduleCount++;
        RemindedAt = null;
        EscalatedAt = null;
    }

    /// <summary>Replaces a recorded outcome (a correction): the indicators count the new one.</summary>
    /// <exception cref="InvalidOperationException">No outcome was recorded, or the new one names a company not expected.</exception>
    public void CorrectOutcome(SessionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (Outcome is null)
        {
            throw new InvalidOperationException($"The outcome of session '{Title}' is not recorded: record it rather than correct it.");
        }

        var unexpected = outcome.Attendance.Select(a => a.CompanyId).Except(CompanyIds).ToList();
        if (unexpected.Count > 0)
        {
            throw new InvalidOperationException($"Session '{Title}' does not expect company {unexpected[0]}.");
        }

        Outcome = outcome;
    }

    /// <summary>Stops expecting a company at a collective event still to come (a company withdrawn).</summary>
    /// <returns>False when it was not expected.</returns>
    public bool Unexpect(Guid companyId) => Outcome is null && CoachId is null && CompanyIds.Remove(companyId);

    private void ThrowIfCancelled()
    {
        if (CancelledAt is not null)
        {
            throw new InvalidOperationException($"Session '{Title}' was cancelled.");
        }
    }
}
