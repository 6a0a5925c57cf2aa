using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Collection;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Portal;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Activities;

/// <summary>
/// The wait of a <see cref="CollectForm"/>: a <c>form-answered</c> and a <c>form-withdrawn</c> bookmark per request,
/// against a reminder timer (<c>dueAt + remindAfter</c>: whoever has not answered is reminded) and an escalation timer
/// (<c>remindAt + escalateAfter</c>: the managers are told; attendees: the activity completes with what it received).
/// </summary>
internal static class CollectFormWait
{
    /// <summary>The outcome once the respondent answered.</summary>
    public const string Answered = "Answered";

    /// <summary>The outcome once every attendee answered, or the wait ran out.</summary>
    public const string Collected = "Collected";

    /// <summary>The outcome when a manager withdrew the request.</summary>
    public const string Withdrawn = "Withdrawn";

    private const string RequestsKey = "requests";
    private const string AnsweredKey = "answered";
    private const string WithdrawnKey = "withdrawn";
    private const string RemindAtKey = "remindAt";
    private const string EscalateAtKey = "escalateAt";

    /// <summary>Starts waiting for the requests' answers (completes at once when there is nobody to wait for).</summary>
    public static ActivityResult Begin(ActivityContext context, CollectForm activity, IReadOnlyList<FormRequest> requests, DateTimeOffset dueAt)
    {
        var remindAt = activity.RemindAfter.AddTo(dueAt, context.TimeZone);
        var escalateAt = activity.EscalateAfter.AddTo(remindAt, context.TimeZone);
        context.SetState(RequestsKey, requests.Select(r => r.Id).ToList());
        context.SetState(AnsweredKey, requests.Where(r => r.Status == FormRequestStatus.Answered).Select(r => r.Id).ToList());
        context.SetState(WithdrawnKey, requests.Where(r => r.Status == FormRequestStatus.Cancelled).Select(r => r.Id).ToList());
        context.SetState(RemindAtKey, remindAt);
        context.SetState(EscalateAtKey, escalateAt);
        if (activity.To is CollectFormTo.Attendees or CollectFormTo.Organisers && requests.All(r => r.Status != FormRequestStatus.Open))
        {
            return CompleteCollected(context, activity);
        }

        List<BookmarkRequest> bookmarks = [];
        foreach (var request in requests.Where(r => r.Status == FormRequestStatus.Open))
        {
            bookmarks.Add(BookmarkRequest.Signal(CohortSignals.FormAnswered, request.SignalKey));
            bookmarks.Add(BookmarkRequest.Signal(FormSignals.FormWithdrawn, request.SignalKey));
        }

        bookmarks.Add(BookmarkRequest.Timer(remindAt));
        bookmarks.Add(BookmarkRequest.Timer(escalateAt));
        return ActivityResult.Suspend([.. bookmarks]);
    }

    /// <summary>Handles an answer, a withdrawal, the reminder or the escalation.</summary>
    public static async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, CollectForm activity, BookmarkResumption resumption)
    {
        var attendees = activity.To is CollectFormTo.Attendees or CollectFormTo.Organisers;
        if (resumption.Bookmark.Kind == BookmarkKind.Signal)
        {
            var requestId = ActivityValues.ParseGuid(resumption.Payload?["requestId"]) ?? RequestOf(resumption.Bookmark.CorrelationKey);
            var answered = resumption.Bookmark.Name == CohortSignals.FormAnswered;
            if (!attendees)
            {
                return answered
                    ? CompleteAnswered(context, activity, requestId, resumption.Payload?["answers"])
                    : ActivityResult.Complete(Withdrawn, new JsonObject { ["requestId"] = requestId.ToString() });
            }

            Mark(context, answered ? AnsweredKey : WithdrawnKey, requestId);
            return Settled(context) ? CompleteCollected(context, activity) : ActivityResult.Pending;
        }

        var escalating = SameInstant(resumption.Bookmark.DueAt ?? context.Now, context.GetState<DateTimeOffset>(EscalateAtKey));
        var ids = context.GetState<List<Guid>>(RequestsKey) ?? [];
        var (open, lost, lostAnswer) = await ActivityValues.Store(context).WriteAsync<(int, FormRequest?, FormAnswer?)>(
            async db =>
            {
                var requests = await db.FormRequests.Where(r => ids.Contains(r.Id)).ToListAsync(context.CancellationToken);
                var stillOpen = requests.Where(r => r.Status == FormRequestStatus.Open).ToList();
                if (!attendees && stillOpen.Count == 0)
                {
                    // Answered or withdrawn, its signal lost: settle from the row.
                    var settled = requests.Single();
                    var answer = await db.FormAnswers.AsNoTracking().SingleOrDefaultAsync(a => a.RequestId == settled.Id, context.CancellationToken);
                    return (0, settled, answer);
                }

                foreach (var request in stillOpen)
                {
                    var facts = await FormAsking.FactsAsync(db, request, null, context.CancellationToken);
                    if (escalating)
                    {
                        if (!attendees)
                        {
                            await MailsOwed.FormEscalationAsync(db, request, facts, context.Now, context.CancellationToken);
                        }
                    }
                    else if (request.Respondent is RespondentKind.Coach or RespondentKind.Organiser)
                    {
                        await MailsOwed.CoachFormAsync(db, request, facts, reminder: true, context.Now, context.CancellationToken);
                    }
                    else if (request.CompanyId is { } companyId && request.RespondentEmail is { } email)
                    {
                        var link = await PortalLinks.EnsureAsync(db, companyId, email, context.Now, Audit.AuditLog.System, context.CancellationToken);
                        await MailsOwed.FormRequestedAsync(db, request, link.Id, facts, reminder: true, context.Now, context.CancellationToken);
                    }
                }

                return (stillOpen.Count, null, null);
            },
            context.CancellationToken);

        if (lost is not null)
        {
            return lost.Status == FormRequestStatus.Answered && lostAnswer is not null
                ? CompleteAnswered(context, activity, lost.Id, JsonNode.Parse(lostAnswer.Json))
                : ActivityResult.Complete(Withdrawn, new JsonObject { ["requestId"] = lost.Id.ToString() });
        }

        if (attendees && (escalating || open == 0))
        {
            return await CompleteCollectedFromRowsAsync(context, activity, ids);
        }

        return ActivityResult.Pending;
    }

    private static ActivityResult CompleteAnswered(ActivityContext context, CollectForm activity, Guid requestId, JsonNode? answers)
    {
        context.SetVariable(activity.Variable, answers?.DeepClone() ?? new JsonObject());
        return ActivityResult.Complete(Answered, new JsonObject { ["requestId"] = requestId.ToString() });
    }

    private static async Task<ActivityResult> CompleteCollectedFromRowsAsync(ActivityContext context, CollectForm activity, List<Guid> ids)
    {
        var statuses = await ActivityValues.Store(context).ReadAsync(
            db => db.FormRequests.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Status }).ToListAsync(context.CancellationToken),
            context.CancellationToken);
        context.SetState(AnsweredKey, statuses.Where(s => s.Status == FormRequestStatus.Answered).Select(s => s.Id).ToList());
        context.SetState(WithdrawnKey, statuses.Where(s => s.Status == FormRequestStatus.Cancelled).Select(s => s.Id).ToList());
        return CompleteCollected(context, activity);
    }

    private static ActivityResult CompleteCollected(ActivityContext context, CollectForm activity)
    {
        var asked = context.GetState<List<Guid>>(RequestsKey)?.Count ?? 0;
        var answered = context.GetState<List<Guid>>(AnsweredKey)?.Count ?? 0;
        var withdrawn = context.GetState<List<Guid>>(WithdrawnKey)?.Count ?? 0;
        var counts = new JsonObject
        {
            ["asked"] = asked,
            ["answered"] = answered,
            ["withdrawn"] = withdrawn,
            ["missing"] = asked - answered - withdrawn,
        };
        context.SetVariable(activity.Variable, counts);
        return ActivityResult.Complete(Collected, counts.DeepClone());
    }

    private static void Mark(ActivityContext context, string key, Guid requestId)
    {
        var ids = context.GetState<List<Guid>>(key) ?? [];
        if (!ids.Contains(requestId))
        {
            ids.Add(requestId);
        }

        context.SetState(key, ids);
    }

    private static bool Settled(ActivityContext context) =>
        (context.GetState<List<Guid>>(AnsweredKey)?.Count ?? 0) + (context.GetState<List<Guid>>(WithdrawnKey)?.Count ?? 0)
        >= (context.GetState<List<Guid>>(RequestsKey)?.Count ?? 0);

    private static Guid RequestOf(string? key) =>
        key is not null && key.StartsWith("form-request-", StringComparison.Ordinal) && Guid.TryParse(key["form-request-".Length..], out var id)
            ? id
            : Guid.Empty;

    // Due times go through the store (UTC ticks), so compare to the second rather than to the tick.
    private static bool SameInstant(DateTimeOffset a, DateTimeOffset b) => (a - b).Duration() < TimeSpan.FromSeconds(1);
}
