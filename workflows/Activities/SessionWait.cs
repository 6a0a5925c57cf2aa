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

    private const string SessionIdKey = "sessionId";
    private const string RemindedKey = "reminded";

    /// <summary>Starts waiting for a session's outcome (completes at once when it is recorded already).</summary>
    public static ActivityResult Begin(ActivityContext context, Session session, IsoDuration remindAfter, IsoDuration escalateAfter)
    {
        context.SetState(SessionIdKey, session.Id);
        context.SetVariable("lastSessionId", session.Id.ToString());
        if (session.IsHeld)
        {
            return Complete(session.Id);
        }

        var remindAt = remindAfter.AddTo(session.PlannedAt, context.TimeZone);
        var escalateAt = escalateAfter.AddTo(remindAt, context.TimeZone);
        List<BookmarkRequest> bookmarks = [BookmarkRequest.Signal(CohortSignals.SessionRecorded, CohortSignals.SessionKey(session.Id))];
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

        return ActivityResult.Suspend([.. bookmarks]);
    }

    /// <summary>
    /// Handles the outcome signal (complete) or a timer: the first timer reminds, the second escalates, and the activity
    /// keeps waiting, unless the outcome turns out to be recorded already (its signal lost), which completes it.
    /// </summary>
    public static async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, BookmarkResumption resumption)
    {
        var sessionId = context.GetState<Guid>(SessionIdKey);
        if (resumption.Bookmark.Kind == BookmarkKind.Signal)
        {
            return Complete(sessionId);
        }

        var escalating = context.GetState<bool>(RemindedKey);
        var now = context.Now;
        var key = CohortSignals.SessionKey(sessionId);

        // The reminder or escalation, and the e-mail it owes (mail outbox), are recorded in the step's transaction: they
        // exist once the step committed, and never without the step (a replay finds them by their key and adds nothing).
        var (session, recipient) = await ActivityValues.Store(context).WriteAsync(
            async db =>
            {
                var found = await DomainQueries.For(db).SessionById(db, sessionId, context.CancellationToken)
                    ?? throw new InvalidOperationException($"Session {sessionId} no longer exists: its outcome cannot be awaited.");
                if (found.IsHeld)
                {
                    return (found, (string?)null);
                }

                string to;
                Notification notification;
                if (escalating)
                {
                    found.MarkEscalated(now);
                    to = "programme manager";
                    notification = new Notification(Guid.CreateVersion7(now), $"{key}/escalation", NotificationKind.OutcomeEscalation, found.CohortId, sessionId, to, $"The outcome of '{found.Title}' ({DateValues.Format(found.PlannedAt)}) is still not recorded.", now);
                    await MailsOwed.OutcomeEscalationAsync(db, notification.Key, found, now, context.CancellationToken);
                }
                else
                {
                    found.MarkReminded(now);
                    var coachEmail = found.CoachId is { } coachId
                        ? await DomainQueries.For(db).CoachEmail(db, coachId, context.CancellationToken)
                        : null;
                    to = coachEmail ?? found.Organiser ?? "programme manager";
                    notification = new Notification(Guid.CreateVersion7(now), $"{key}/reminder", NotificationKind.OutcomeReminder, found.CohortId, sessionId, to, $"Please record the outcome of '{found.Title}' ({DateValues.Format(found.PlannedAt)}).", now);
                    await MailsOwed.OutcomeReminderAsync(db, notification.Key, found, to, now, context.CancellationToken);
                }

                if (!await db.Notifications.AnyAsync(n => n.Key == notification.Key, context.CancellationToken))
                {
                    db.Notifications.Add(notification);
                }

                return (found, to);
            },
            context.CancellationToken);
        if (session.IsHeld)
        {
            return Complete(sessionId);
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

    private static ActivityResult Complete(Guid sessionId) =>
        ActivityResult.Complete(Held, new JsonObject { ["sessionId"] = sessionId.ToString() });
}
