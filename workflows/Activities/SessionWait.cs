using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Activities;

/// <summary>
/// The race a planned session runs until its outcome is recorded (CoachingSession and CollectiveEvent): the
/// <c>session-recorded</c> signal against a reminder timer (<c>plannedAt + remindAfter</c>: the coach or organiser is
/// reminded) and an escalation timer (<c>remindAt + escalateAfter</c>: the programme manager is told). Timers only
/// notify; the outcome alone completes the activity, whose completion removes the timers left.
/// </summary>
internal static class SessionWait
{
    /// <summary>The outcome of a session whose outcome was recorded.</summary>
    public const string Held = "Held";

    /// <summary>The outcome of a session the company did not come to.</summary>
    public const string NoShow = "NoShow";

    /// <summary>The outcome of a cancelled session.</summary>
    public const string Cancelled = "Cancelled";

    private const string SessionIdKey = "sessionId";
    private const string RemindedKey = "reminded";

    /// <summary>Starts waiting for a session's outcome (completes at once when it is recorded already).</summary>
    public static ActivityResult Begin(ActivityContext context, Session session, IsoDuration remindAfter, IsoDuration escalateAfter)
    {
        context.SetState(SessionIdKey, session.Id);
        context.SetVariable("lastSessionId", session.Id.ToString());
        if (session.IsSettled)
        {
            return Complete(context, session);
        }

        var key = CohortSignals.SessionKey(session.Id);
        List<BookmarkRequest> bookmarks =
        [
            BookmarkRequest.Signal(CohortSignals.SessionRecorded, key),
            BookmarkRequest.Signal(CohortSignals.SessionRescheduled, key),
            BookmarkRequest.Signal(CohortSignals.SessionCancelled, key),
        ];
        bookmarks.AddRange(Timers(context, session, remindAfter, escalateAfter));
        return ActivityResult.Suspend([.. bookmarks]);
    }

    /// <summary>The reminder and escalation timers still owed for the session's planned time.</summary>
    private static List<BookmarkRequest> Timers(ActivityContext context, Session session, IsoDuration remindAfter, IsoDuration escalateAfter)
    {
        var (remindAt, escalateAt) = DueTimes(context, session, remindAfter, escalateAfter);
        List<BookmarkRequest> bookmarks = [];
        if (session.RemindedAt is null)
        {
            bookmarks.Add(BookmarkRequest.Timer(remindAt));
        }
        else
        {
            context.SetState(RemindedKey, true);
        }

        if (session.EscalatedAt is null)
        {
            bookmarks.Add(BookmarkRequest.Timer(escalateAt));
        }

        return bookmarks;
    }

    private static (DateTimeOffset RemindAt, DateTimeOffset EscalateAt) DueTimes(ActivityContext context, Session session, IsoDuration remindAfter, IsoDuration escalateAfter)
    {
        var remindAt = remindAfter.AddTo(session.PlannedAt, context.TimeZone);
        return (remindAt, escalateAfter.AddTo(remindAt, context.TimeZone));
    }

    /// <summary>
    /// Handles the outcome signal (complete) or a timer: the first timer reminds, the second escalates, and the activity
    /// keeps waiting, unless the outcome turns out to be recorded already (its signal lost), which completes it.
    /// </summary>
    public static async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, BookmarkResumption resumption, IsoDuration remindAfter, IsoDuration escalateAfter)
    {
        var sessionId = context.GetState<Guid>(SessionIdKey);

        // Sessions planned ahead (planAhead) set lastSessionId when planned, so a later one may have overwritten it: the
        // session resuming is the last one again, for what follows it in its sequence (a CollectForm to its attendees).
        context.SetVariable("lastSessionId", sessionId.ToString());
        if (resumption.Bookmark.Kind == BookmarkKind.Signal && resumption.Bookmark.Name == CohortSignals.SessionRecorded)
        {
            var noShow = resumption.Payload?["noShow"] is JsonValue flag && flag.TryGetValue<bool>(out var value) && value;
            return CompleteAs(context, noShow ? NoShow : Held, sessionId);
        }

        if (resumption.Bookmark.Kind == BookmarkKind.Signal)
        {
            var current = await ActivityValues.Store(context).ReadAsync(
                db => DomainQueries.For(db).SessionByIdNoTracking(db, sessionId, context.CancellationToken),
                context.CancellationToken);
            if (current is null || current.IsSettled)
            {
                return current is null ? CompleteAs(context, Cancelled, sessionId) : Complete(context, current);
            }

            // Moved: new timers from the new time, on top of the old ones (which find themselves stale when they fire).
            context.SetState(RemindedKey, false);
            var timers = Timers(context, current, remindAfter, escalateAfter);
            return timers.Count == 0 ? ActivityResult.Pending : ActivityResult.Suspend([.. timers]);
        }

        var now = context.Now;
        var key = CohortSignals.SessionKey(sessionId);
        var dueAt = resumption.Bookmark.DueAt ?? now;
        var escalating = false;
        var stale = false;

        // The reminder or escalation, and the e-mail it owes (mail outbox), are recorded in the step's transaction: they
        // exist once the step committed, and never without the step (a replay finds them by their key and adds nothing).
        var (session, recipient) = await ActivityValues.Store(context).WriteAsync(
            async db =>
            {
                var found = await DomainQueries.For(db).SessionById(db, sessionId, context.CancellationToken)
                    ?? throw new InvalidOperationException($"Session {sessionId} no longer exists: its outcome cannot be awaited.");
                if (found.IsSettled)
                {
                    return (found, (string?)null);
                }

                // A timer set for the session's time before it moved does nothing: the new time's own timers remind.
                var (remindAt, escalateAt) = DueTimes(context, found, remindAfter, escalateAfter);
                var isRemind = SameInstant(dueAt, remindAt);
                var isEscalate = SameInstant(dueAt, escalateAt);
                if (!isRemind && !isEscalate)
                {
                    stale = true;
                    return (found, (string?)null);
                }

                escalating = isEscalate && (!isRemind || found.RemindedAt is not null || context.GetState<bool>(RemindedKey));
                var suffix = found.RescheduleCount == 0 ? string.Empty : $"-{found.RescheduleCount}";
                string to;
                Notification notification;
                if (escalating)
                {
                    found.MarkEscalated(now);
                    to = "programme manager";
                    notification = new Notification(Guid.CreateVersion7(now), $"{key}/escalation{suffix}", NotificationKind.OutcomeEscalation, found.CohortId, sessionId, to, $"The outcome of '{found.Title}' ({InputLimits.Iso(found.PlannedAt)}) is still not recorded.", now);
                    await MailsOwed.OutcomeEscalationAsync(db, notification.Key, found, now, context.CancellationToken);
                }
                else
                {
                    found.MarkReminded(now);
                    var coachEmail = found.CoachId is { } coachId
                        ? await DomainQueries.For(db).CoachEmail(db, coachId, context.CancellationToken)
                        : null;
                    to = coachEmail ?? found.Organiser ?? "programme manager";
                    notification = new Notification(Guid.CreateVersion7(now), $"{key}/reminder{suffix}", NotificationKind.OutcomeReminder, found.CohortId, sessionId, to, $"Please record the outcome of '{found.Title}' ({InputLimits.Iso(found.PlannedAt)}).", now);
                    await MailsOwed.OutcomeReminderAsync(db, notification.Key, found, to, now, context.CancellationToken);
                }

                if (!await db.Notifications.AnyAsync(n => n.Key == notification.Key, context.CancellationToken))
                {
                    db.Notifications.Add(notification);
                }

                return (found, to);
            },
            context.CancellationToken);
        if (session.IsSettled)
        {
            return Complete(context, session);
        }

        if (stale)
        {
            return ActivityResult.Pending;
        }

        var logger = ActivityValues.Logger(context);
        if (escalating)
        {
            WorkflowsLog.OutcomeEscalated(logger, sessionId);
        }
        else
        {
            WorkflowsLog.OutcomeReminded(logger, sessionId, recipient ?? "programme manager");
            context.SetState(RemindedKey, true);
        }

        return ActivityResult.Pending;
    }

    private static ActivityResult Complete(ActivityContext context, Session session) =>
        CompleteAs(context, session.IsCancelled ? Cancelled : session.Outcome is { NoShow: true } ? NoShow : Held, session.Id);

    // lastSessionId names this session again as it completes: another event of the instance (a RecurringSessions' next
    // occurrence) may have been planned since it began, and what follows in a Sequence (a CollectForm to the
    // attendees) is about this one.
    private static ActivityResult CompleteAs(ActivityContext context, string outcome, Guid sessionId)
    {
        context.SetVariable("lastSessionId", sessionId.ToString());
        return ActivityResult.Complete(outcome, new JsonObject { ["sessionId"] = sessionId.ToString() });
    }

    // Due times go through the store (UTC ticks), so compare to the second rather than to the tick.
    private static bool SameInstant(DateTimeOffset a, DateTimeOffset b) => (a - b).Duration() < TimeSpan.FromSeconds(1);
}
