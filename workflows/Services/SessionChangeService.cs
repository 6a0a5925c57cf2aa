using System.Text.Json.Nodes;
using Cohorts.Engine.Runtime;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;

namespace Cohorts.Workflows.Services;

/// <summary>
/// Plans change: moves or cancels a session, records a no-show, corrects a recorded outcome. Each is one transaction
/// holding the change, its audit entry and, where the session's workflow waits, the signal it owes
/// (<c>session-rescheduled</c>, <c>session-cancelled</c>, <c>session-recorded</c> with <c>noShow</c>) in the outbox,
/// delivered right after the commit. The coach of the session (<c>coachId</c>) or a manager (no coach) may act.
/// </summary>
public sealed class SessionChangeService
{
    private readonly CohortsStore _store;
    private readonly SignalOutbox _outbox;
    private readonly TimeProvider _time;

    internal SessionChangeService(CohortsStore store, SignalOutbox outbox, TimeProvider time)
    {
        _store = store;
        _outbox = outbox;
        _time = time;
    }

    /// <summary>
    /// Moves a session still to be held to another time, with a reason; its reminders move with it. A move to the time
    /// it has already changes nothing and tells nobody (a request repeated gets the same answer).
    /// </summary>
    /// <exception cref="DomainRuleException">
    /// No such session (404); the time is missing, past or out of range, the reason missing or too long (400); the
    /// session was held or cancelled (409).
    /// </exception>
    public async Task<Session> RescheduleAsync(Guid sessionId, DateTimeOffset? at, string? reason, string actor, Guid? coachId = null, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var problems = new Problems();
        if (at is not { } when)
        {
            problems.Add("at", "The new time is required.");
        }
        else if (!InputLimits.IsWithinRange(when))
        {
            problems.Date("at", when);
        }
        else if (when <= now)
        {
            problems.Add("at", $"A session moves to a time still to come, not {InputLimits.Iso(when)}.");
        }

        CheckReason(problems, reason);
        problems.ThrowIfAny();
        var (session, owed) = await _store.WriteAsync(
            async db =>
            {
                var found = await FindAsync(db, sessionId, coachId, cancellationToken);
                ThrowIfSettled(found, "moved");
                if (found.PlannedAt == at!.Value)
                {
                    // Already there (a request sent twice, a retry after a lost answer): nothing moves, nobody is told again.
                    return (found, (PendingSignal?)null);
                }

                var from = found.PlannedAt;
                found.Reschedule(at.Value, reason!);
                AuditLog.Add(db, now, actor, AuditActions.SessionRescheduled, found.CohortId, SoleCompany(found), found.Id.ToString(), new JsonObject { ["title"] = found.Title, ["from"] = DateValues.Format(from), ["to"] = DateValues.Format(found.PlannedAt), ["reason"] = found.ChangeReason });
                if (found.CoachId is { } coach && await DomainQueries.For(db).CoachEmail(db, coach, cancellationToken) is { } email)
                {
                    // The coach's calendar follows (.ics with a growing SEQUENCE), in the same transaction (mail outbox).
                    await MailsOwed.SessionAsync(db, $"session-{found.Id:D}/rescheduled-{found.RescheduleCount}", "session-rescheduled", found, email, CalendarSequence.At(now), now, cancellationToken, ("from", DateValues.Format(from)), ("reason", found.ChangeReason));
                }

                // The companies it expects are told too: their portal offered it for their calendars (same UID).
                await MailsOwed.CompaniesOfSessionAsync(db, $"session-{found.Id:D}/rescheduled-{found.RescheduleCount}", "company-session-rescheduled", found, CalendarSequence.At(now), now, cancellationToken, ("from", DateValues.Format(from)), ("reason", found.ChangeReason));

                var key = CohortSignals.SessionKey(found.Id);
                var payload = new JsonObject { ["sessionId"] = found.Id.ToString(), ["plannedAt"] = DateValues.Format(found.PlannedAt) };
                return (found, (PendingSignal?)SignalOutbox.Add(db, CohortSignals.SessionRescheduled, key, payload, $"{key}-moved-{found.RescheduleCount}", now));
            },
            cancellationToken);
        if (owed is not null)
        {
            await _outbox.DeliverAsync(owed.Id, CancellationToken.None);
        }

        return session;
    }

    /// <summary>Cancels a session still to be held, with a reason: it is neither held nor late, and its workflow goes on.</summary>
    /// <exception cref="DomainRuleException">No such session (404); the reason missing or too long (400); held or cancelled already (409).</exception>
    public async Task<Session> CancelAsync(Guid sessionId, string? reason, string actor, Guid? coachId = null, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        CheckReason(problems, reason);
        problems.ThrowIfAny();
        var now = _time.GetUtcNow();
        var (session, owed) = await _store.WriteAsync(
            async db =>
            {
                var found = await FindAsync(db, sessionId, coachId, cancellationToken);
                ThrowIfSettled(found, "cancelled");
                found.Cancel(reason!, actor, now);
                AuditLog.Add(db, now, actor, AuditActions.SessionCancelled, found.CohortId, SoleCompany(found), found.Id.ToString(), new JsonObject { ["title"] = found.Title, ["plannedAt"] = DateValues.Format(found.PlannedAt), ["reason"] = found.ChangeReason });
                await TellCoachOfCancellationAsync(db, found, now, cancellationToken);

                await MailsOwed.CompaniesOfSessionAsync(db, $"session-{found.Id:D}/cancelled", "company-session-cancelled", found, CalendarSequence.At(now), now, cancellationToken, ("reason", found.ChangeReason));

                return (found, Cancelled(db, found, now));
            },
            cancellationToken);
        await _outbox.DeliverAsync(owed.Id, CancellationToken.None);
        return session;
    }

    /// <summary>Records that the company did not come to its coaching session (once it has taken place).</summary>
    /// <exception cref="DomainRuleException">
    /// No such session (404); a collective event (its attendance says who came), still to come, or notes too long (400);
    /// its outcome recorded or the session cancelled (409).
    /// </exception>
    public async Task<Session> RecordNoShowAsync(Guid sessionId, string? notes, string actor, Guid? coachId = null, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        problems.Text("notes", notes, InputLimits.MaxNotesLength);
        problems.ThrowIfAny();
        var now = _time.GetUtcNow();
        var (session, owed) = await _store.WriteAsync(
            async db =>
            {
                var found = await FindAsync(db, sessionId, coachId, cancellationToken);
                ThrowIfSettled(found, "marked as a no-show");
                if (found.CoachId is null)
                {
                    throw new DomainRuleException("sessionId", $"'{found.Title}' is a collective event: record its attendance instead.");
                }

                if (now < found.PlannedAt)
                {
                    throw await SessionService.NotTakenPlaceAsync(db, found, cancellationToken);
                }

                found.RecordOutcome(new SessionOutcome(now, actor, [.. found.CompanyIds.Select(c => new Attendance(c, false))], notes?.Trim() ?? string.Empty, [], null, NoShow: true));
                AuditLog.Add(db, now, actor, AuditActions.SessionNoShow, found.CohortId, SoleCompany(found), found.Id.ToString(), new JsonObject { ["title"] = found.Title, ["plannedAt"] = DateValues.Format(found.PlannedAt) });
                var key = CohortSignals.SessionKey(found.Id);
                var payload = new JsonObject { ["sessionId"] = found.Id.ToString(), ["recordedBy"] = actor, ["noShow"] = true, ["present"] = new JsonArray() };
                return (found, SignalOutbox.Add(db, CohortSignals.SessionRecorded, key, payload, $"{key}-outcome", now));
            },
            cancellationToken);
        await _outbox.DeliverAsync(owed.Id, CancellationToken.None);
        return session;
    }

    /// <summary>
    /// Corrects a recorded outcome (attendance, notes, actions, visitors; <paramref name="noShow"/> for a company that
    /// did not come after all, which keeps the actions recorded unless others are given): audited, and the indicators,
    /// computed from the sessions, count the new one.
    /// </summary>
    /// <exception cref="DomainRuleException">No such session (404); the report is wrong (400); no outcome to correct (409).</exception>
    public async Task<Session> CorrectOutcomeAsync(SessionOutcomeReport report, bool noShow = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var attendance = report.Attendance ?? [];
        var actions = report.Actions ?? [];
        var problems = new Problems();
        problems.Required("recordedBy", report.RecordedBy, "Who corrects the outcome");
        if (report.Visitors < 0)
        {
            problems.Add("visitors", $"Visitors cannot be negative, not {report.Visitors}.");
        }

        for (var i = 0; i < actions.Count && i < InputLimits.MaxActions; i++)
        {
            problems.Required($"actions[{i}].description", actions[i]?.Description, "An action's description");
        }

        SessionOutcomeLimits.Check(report, problems);
        problems.ThrowIfAny();
        var now = _time.GetUtcNow();
        return await _store.WriteAsync(
            async db =>
            {
                var found = await FindAsync(db, report.SessionId, report.CoachId, cancellationToken);
                if (found.Outcome is not { } previous)
                {
                    throw DomainRuleException.RecordedAlready("sessionId", found.IsCancelled
                        ? $"Session '{found.Title}' was cancelled: it has no outcome to correct."
                        : $"The outcome of session '{found.Title}' is not recorded yet: record it rather than correct it.");
                }

                if (noShow && found.CoachId is null)
                {
                    throw new DomainRuleException("noShow", $"'{found.Title}' is a collective event: its attendance says who came.");
                }

                SessionService.CheckAttendance(found, attendance);
                var lines = noShow ? [.. found.CompanyIds.Select(c => new Attendance(c, false))] : attendance.ToList();

                // Saying the company did not come after all keeps the actions recorded (none given): nothing agreed is
                // lost, and a correction back to "present" finds them.
                List<ActionItem> kept = noShow && actions.Count == 0 ? [.. previous.Actions] : [.. actions];
                found.CorrectOutcome(new SessionOutcome(now, report.RecordedBy.Trim(), lines, report.Notes?.Trim() ?? string.Empty, kept, report.Visitors, noShow));
                AuditLog.Add(db, now, report.RecordedBy, AuditActions.OutcomeCorrected, found.CohortId, SoleCompany(found), found.Id.ToString(), new JsonObject
                {
                    ["title"] = found.Title,
                    ["previousPresent"] = previous.Attendance.Count(a => a.Present),
                    ["present"] = lines.Count(a => a.Present),
                    ["noShow"] = noShow,
                });
                return found;
            },
            cancellationToken);
    }

    /// <summary>
    /// Owes the coach of a cancelled coaching session its <c>session-cancelled</c> e-mail, whose <c>.ics</c> drops the
    /// event from their calendar, in the transaction of the cancellation (mail outbox); nothing for an event.
    /// </summary>
    internal static async Task TellCoachOfCancellationAsync(CohortsDbContext db, Session session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (session.CoachId is { } coach && await DomainQueries.For(db).CoachEmail(db, coach, cancellationToken) is { } email)
        {
            await MailsOwed.SessionAsync(db, $"session-{session.Id:D}/cancelled", "session-cancelled", session, email, CalendarSequence.At(now), now, cancellationToken, ("reason", session.ChangeReason));
        }
    }

    /// <summary>Cancels a session inside a caller's transaction (a company withdrawn): owes <c>session-cancelled</c>.</summary>
    internal static PendingSignal Cancelled(CohortsDbContext db, Session session, DateTimeOffset now)
    {
        var key = CohortSignals.SessionKey(session.Id);
        return SignalOutbox.Add(db, CohortSignals.SessionCancelled, key, new JsonObject { ["sessionId"] = session.Id.ToString(), ["reason"] = session.ChangeReason }, $"{key}-cancelled", now);
    }

    private static void CheckReason(Problems problems, string? reason)
    {
        problems.Required("reason", reason, "The reason");
        problems.Text("reason", reason, InputLimits.MaxReasonLength);
    }

    private static async Task<Session> FindAsync(CohortsDbContext db, Guid sessionId, Guid? coachId, CancellationToken cancellationToken)
    {
        var session = await DomainQueries.For(db).SessionById(db, sessionId, cancellationToken)
            ?? throw DomainRuleException.NotFound("sessionId", "session", sessionId);
        await SessionService.CheckReporterAsync(db, session, coachId, cancellationToken);
        return session;
    }

    private static void ThrowIfSettled(Session session, string change)
    {
        if (session.IsCancelled)
        {
            throw DomainRuleException.RecordedAlready("sessionId", $"Session '{session.Title}' was cancelled: it cannot be {change}.");
        }

        if (session.Outcome is { } outcome)
        {
            throw DomainRuleException.RecordedAlready("sessionId", $"The outcome of session '{session.Title}' was recorded by {outcome.RecordedBy}: it cannot be {change}; correct its outcome instead.");
        }
    }

    private static Guid? SoleCompany(Session session) => session.CompanyIds.Count == 1 ? session.CompanyIds[0] : null;
}
