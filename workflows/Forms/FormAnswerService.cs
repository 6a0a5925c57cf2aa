using System.Text.Json.Nodes;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Forms;

/// <summary>
/// Takes answers to form requests: checks them against the version asked, stores them once per request with their
/// audit entry and, for a first answer, the signal <c>form-answered</c> the waiting workflow listens for, in one
/// transaction; a second submission edits the answer until the request's deadline. Who may answer which request is
/// the caller's to check (the host's <c>UserAccess</c>, or the portal link).
/// </summary>
public sealed class FormAnswerService
{
    private readonly CohortsStore _store;
    private readonly SignalOutbox _outbox;
    private readonly TimeProvider _time;

    internal FormAnswerService(CohortsStore store, SignalOutbox outbox, TimeProvider time)
    {
        _store = store;
        _outbox = outbox;
        _time = time;
    }

    /// <summary>Answers (or, before its deadline, edits the answer to) request <paramref name="requestId"/>.</summary>
    /// <param name="requestId">The request.</param>
    /// <param name="answers">The answers object, question id → value (<see cref="AnswerValidator"/>).</param>
    /// <param name="submittedBy">Who submits (an e-mail address, or <c>portal:{companyId}</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="DomainRuleException">
    /// No such request (404); the answers do not fit the form (each problem at <c>answers.{questionId}</c>); the request
    /// was withdrawn, or was answered and its deadline has passed (409).
    /// </exception>
    public async Task<AnswerSubmitted> SubmitAsync(Guid requestId, JsonNode? answers, string submittedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submittedBy);
        var by = submittedBy.Trim();
        if (by.Length > FormAnswer.MaxSubmittedByLength)
        {
            by = by[..FormAnswer.MaxSubmittedByLength];
        }

        PendingSignal? owed = null;
        var result = await _store.WriteAsync(
            async db =>
            {
                var request = await db.FormRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("requestId", "form request", requestId);
                var version = await db.FormVersions.AsNoTracking()
                    .SingleAsync(v => v.ProgrammeId == request.ProgrammeId && v.FormId == request.FormId && v.Version == request.FormVersion, cancellationToken);
                var problems = AnswerValidator.Validate(version.ReadDefinition(), answers);
                if (problems.Count > 0)
                {
                    throw new DomainRuleException(problems);
                }

                var json = answers!.ToJsonString();
                var now = _time.GetUtcNow();
                switch (request.Status)
                {
                    case FormRequestStatus.Cancelled:
                        throw DomainRuleException.RecordedAlready("requestId", "This form was withdrawn: it no longer takes answers.");
                    case FormRequestStatus.Answered:
                        return await EditAsync(db, request, json, by, now, cancellationToken);
                }

                request.MarkAnswered(now);
                db.FormAnswers.Add(new FormAnswer(request, json, now, by));
                AuditLog.Add(db, now, by, AuditActions.FormAnswered, request.CohortId, request.CompanyId, request.Id.ToString(), new JsonObject
                {
                    ["formId"] = request.FormId,
                    ["version"] = request.FormVersion,
                });
                var payload = new JsonObject
                {
                    ["requestId"] = request.Id.ToString(),
                    ["answers"] = answers.DeepClone(),
                };
                owed = SignalOutbox.Add(db, CohortSignals.FormAnswered, request.SignalKey, payload, $"{request.SignalKey}-answered", now);
                return new AnswerSubmitted(request.Id, IsEdit: false, request.EditDeadline);
            },
            cancellationToken);

        if (owed is not null)
        {
            // Answered: the workflow resumes now, or at the outbox's next sweep if this process dies first.
            await _outbox.DeliverAsync(owed.Id, CancellationToken.None);
        }

        return result;
    }

    private static async Task<AnswerSubmitted> EditAsync(CohortsDbContext db, FormRequest request, string json, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.EditDeadline is not { } deadline || now > deadline)
        {
            throw DomainRuleException.RecordedAlready(
                "requestId",
                request.EditDeadline is { } passed
                    ? $"This form was answered on {InputLimits.Iso(request.AnsweredAt!.Value)}; answers could be changed until {InputLimits.Iso(passed)}."
                    : $"This form was answered on {InputLimits.Iso(request.AnsweredAt!.Value)}; its answers can no longer be changed.");
        }

        var answer = await db.FormAnswers.SingleAsync(a => a.RequestId == request.Id, cancellationToken);
        answer.Edit(json, now);
        AuditLog.Add(db, now, by, AuditActions.FormAnswerEdited, request.CohortId, request.CompanyId, request.Id.ToString(), new JsonObject
        {
            ["formId"] = request.FormId,
            ["edits"] = answer.Edits,
        });
        return new AnswerSubmitted(request.Id, IsEdit: true, deadline);
    }
}
