using System.Text.Json.Nodes;
using Cohorts.Engine.Runtime;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.WalkIns;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>Records what happened at sessions, and tells the waiting workflow.</summary>
public sealed class SessionService
{
    private readonly CohortsStore _store;
    private readonly SignalOutbox _outbox;
    private readonly TimeProvider _time;
    private readonly CompanyChangeService _companies;

    internal SessionService(CohortsStore store, SignalOutbox outbox, TimeProvider time, CompanyChangeService companies)
    {
        _store = store;
        _outbox = outbox;
        _time = time;
        _companies = companies;
    }

    /// <summary>
    /// Records a session's outcome and, in the same transaction, the signal <c>session-recorded</c> it owes its
    /// workflows (key <c>session-{id}</c>, signal id <c>session-{id}-outcome</c>) in the outbox, delivered right after
    /// the commit (or, after a crash, by the outbox's sweep), so the CoachingSession or CollectiveEvent activity waiting
    /// on it completes.
    /// </summary>
    /// <exception cref="DomainRuleException">
    /// The session or coach does not exist; the session is another coach's (or a collective event, reported by a coach);
    /// its outcome was recorded already (<see cref="DomainRuleException.IsConflict"/>, naming who recorded it; the signal is
    /// delivered again if still owed); it has not started yet (now is before its planned time); attendance names a company twice or one the session does not expect; the
    /// report lacks its author, or counts negative visitors.
    /// </exception>
    public async Task<SignalResult> RecordOutcomeAsync(SessionOutcomeReport report, CancellationToken cancellationToken = default) =>
        (await RecordAsync(report, cancellationToken)).Signal;

    /// <summary>
    /// Records a session's outcome as <see cref="RecordOutcomeAsync"/> does, with its walk-ins
    /// (<see cref="SessionOutcomeReport.WalkIns"/>, a collective event's only): in the same transaction each is matched to
    /// the company of the cohort with its name or contact address, or added to the cohort (its journey started after the
    /// commit, as a company joining a running cohort), expected by the event and recorded present.
    /// </summary>
    /// <returns>The workflows resumed, and what became of each walk-in.</returns>
    /// <exception cref="DomainRuleException">As <see cref="RecordOutcomeAsync"/>; a walk-in is wrong (at <c>walkIns[i].field</c>); walk-ins at a coaching session.</exception>
    public async Task<SessionOutcomeResult> RecordAsync(SessionOutcomeReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var attendance = report.Attendance ?? [];
        var walkIns = report.WalkIns ?? [];
        var actions = report.Actions ?? [];
        var problems = new Problems();
        problems.Required("recordedBy", report.RecordedBy, "Who records the outcome");
        if (report.Visitors < 0)
        {
            problems.Add("visitors", $"Visitors cannot be negative, not {report.Visitors}.");
        }

        for (var i = 0; i < actions.Count && i < InputLimits.MaxActions; i++)
        {
            problems.Required($"actions[{i}].description", actions[i]?.Description, "An action's description");
        }

        SessionOutcomeLimits.Check(report, problems);
        WalkInLimits.Check(walkIns, problems);
        problems.ThrowIfAny();
        var key = CohortSignals.SessionKey(report.SessionId);
        string? recordedAlready = null;
        List<WalkInResult> walkedIn = [];
        List<Company> joined = [];
        Cohort? cohort = null;
        string? zoneId = null;
        var owed = await _store.WriteAsync(
            async db =>
            {
                var session = await DomainQueries.For(db).SessionByIdNoTracking(db, report.SessionId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("sessionId", "session", report.SessionId);
                await CheckReporterAsync(db, session, report.CoachId, cancellationToken);
                if (session.Outcome is { } recorded)
                {
                    recordedAlready = $"The outcome of session '{session.Title}' was recorded already, by {recorded.RecordedBy}, on {InputLimits.Iso(recorded.RecordedAt)}.";
                    return null;
                }

                if (session.CancelledAt is not null)
                {
                    // Cancelled meanwhile (a page left open, another person): a 409, as for a move or a correction.
                    throw DomainRuleException.RecordedAlready("sessionId", $"Session '{session.Title}' was cancelled: it has no outcome to record.");
                }

                var now = _time.GetUtcNow();
                if (now < session.PlannedAt)
                {
                    // Sessions are planned ahead (RecurringSessions.planAhead): one that has not taken place has no outcome.
                    throw await NotTakenPlaceAsync(db, session, cancellationToken);
                }

                CheckAttendance(session, attendance);
                if (walkIns.Count > 0)
                {
                    if (session.CoachId is not null)
                    {
                        throw new DomainRuleException("walkIns", $"'{session.Title}' is a coaching session: only a collective event has walk-ins.");
                    }

                    // The session now expects its walk-ins: tracked, so its expected companies are saved with the outcome.
                    db.Sessions.Attach(session);
                    (walkedIn, joined) = await WalkInRecording.RecordAsync(db, session, [.. walkIns.Select(w => w!)], now, report.RecordedBy.Trim(), cancellationToken);
                    attendance = WalkInRecording.Present(attendance, walkedIn);
                    cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == session.CohortId, cancellationToken);
                    zoneId = await DomainQueries.For(db).ProgrammeTimeZone(db, cohort.ProgrammeId, cancellationToken) ?? "UTC";
                }

                session.RecordOutcome(new SessionOutcome(now, report.RecordedBy.Trim(), [.. attendance], report.Notes ?? string.Empty, [.. actions], report.Visitors));

                // The session was read in this write transaction, so nothing else can have recorded an outcome in between.
                await DomainQueries.For(db).WriteOutcomeAsync(db, session, cancellationToken);
                AuditLog.Add(db, now, report.RecordedBy, AuditActions.OutcomeRecorded, session.CohortId, session.CompanyIds.Count == 1 ? session.CompanyIds[0] : null, session.Id.ToString(), new JsonObject { ["title"] = session.Title, ["plannedAt"] = DateValues.Format(session.PlannedAt), ["present"] = attendance.Count(a => a.Present), ["walkIns"] = walkedIn.Count });
                var payload = new JsonObject
                {
                    ["sessionId"] = report.SessionId.ToString(),
                    ["recordedBy"] = report.RecordedBy.Trim(),
                    ["present"] = new JsonArray([.. attendance.Where(a => a.Present).Select(a => JsonValue.Create(a.CompanyId.ToString()))]),
                };
                return SignalOutbox.Add(db, CohortSignals.SessionRecorded, key, payload, $"{key}-outcome", now);
            },
            cancellationToken);

        if (owed is null)
        {
            // The first report saved the outcome; if its signal is still owed (the process died in between), it is
            // delivered now. The report itself is refused, naming who recorded the outcome.
            await _outbox.DeliverOwedAsync(CohortSignals.SessionRecorded, key, CancellationToken.None);
            throw DomainRuleException.RecordedAlready("sessionId", recordedAlready!);
        }

        // The walk-ins added are companies of the cohort like the others: their journeys start before the event's
        // workflow resumes (and asks its attendees its forms).
        foreach (var company in joined)
        {
            await _companies.StartJourneyAsync(cohort!, company, zoneId!);
        }

        // Recorded: the answer says so even if the client has gone; the workflow resumes now or at the next sweep.
        var signal = await _outbox.DeliverAsync(owed.Id, CancellationToken.None) ?? new SignalResult([]);
        return new SessionOutcomeResult(signal, walkedIn);
    }

    /// <summary>Refuses an outcome for a session still to come, naming its time in its programme's zone.</summary>
    internal static async Task<DomainRuleException> NotTakenPlaceAsync(CohortsDbContext db, Session session, CancellationToken cancellationToken)
    {
        var zoneId = await db.Cohorts
            .Where(c => c.Id == session.CohortId)
            .Join(db.Programmes, c => c.ProgrammeId, p => p.Id, (_, p) => p.TimeZoneId)
            .FirstOrDefaultAsync(cancellationToken);
        var plannedAt = TimeZoneInfo.ConvertTime(session.PlannedAt, ZonedTime.FindZone(zoneId) ?? TimeZoneInfo.Utc);
        return new DomainRuleException("sessionId", $"Session '{session.Title}' is planned for {InputLimits.Iso(plannedAt)}; record its outcome once it has taken place.");
    }

    internal static async Task CheckReporterAsync(CohortsDbContext db, Session session, Guid? coachId, CancellationToken cancellationToken)
    {
        if (coachId is not { } id)
        {
            return; // a manager or the organiser
        }

        if (!await DomainQueries.For(db).CoachExists(db, id, cancellationToken))
        {
            throw DomainRuleException.NotFound("coachId", "coach", id);
        }

        if (session.CoachId is null)
        {
            throw new DomainRuleException("sessionId", $"'{session.Title}' is a collective event: its organiser or a programme manager records its outcome, not a coach.");
        }

        if (session.CoachId != id)
        {
            throw new DomainRuleException("sessionId", $"Session '{session.Title}' is not yours: another coach runs it.");
        }
    }

    internal static void CheckAttendance(Session session, IReadOnlyList<Attendance> attendance)
    {
        var seen = new HashSet<Guid>();
        for (var i = 0; i < attendance.Count; i++)
        {
            var companyId = attendance[i].CompanyId;
            if (!seen.Add(companyId))
            {
                throw new DomainRuleException($"attendance[{i}].companyId", $"Company {companyId} is listed twice.");
            }

            if (!session.CompanyIds.Contains(companyId))
            {
                throw new DomainRuleException($"attendance[{i}].companyId", $"Session '{session.Title}' does not expect company {companyId}.");
            }
        }
    }
}
