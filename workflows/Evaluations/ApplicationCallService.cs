using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Evaluations;

/// <summary>
/// A cohort's public application call, as its manager runs it: opened with a programme form (a new link each time),
/// closed, re-opened with the same link. Each with its audit entry in its transaction. Access is the caller's to check
/// (the host's <c>UserAccess</c>).
/// </summary>
public sealed class ApplicationCallService
{
    private readonly CohortsStore _store;
    private readonly FormService _forms;
    private readonly TimeProvider _time;

    internal ApplicationCallService(CohortsStore store, FormService forms, TimeProvider time)
    {
        _store = store;
        _forms = forms;
        _time = time;
    }

    /// <summary>
    /// Opens the cohort's call with the programme's form <paramref name="formId"/> and an optional deadline: a new token
    /// (answered once; a previous link stops working).
    /// </summary>
    /// <exception cref="DomainRuleException">
    /// No such cohort or form (404); the cohort is not launched or has ended, or the deadline is past or out of range (400).
    /// </exception>
    public async Task<CallOpened> OpenAsync(Guid cohortId, string? formId, DateTimeOffset? closesAt, string? actor, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var problems = new Problems();
        problems.Required("formId", formId, "The form");
        problems.Text("formId", formId, FormLimits.MaxIdLength);
        CheckDeadline(problems, closesAt, now);
        problems.ThrowIfAny();
        var cohort = await _store.ReadAsync(db => db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken), cancellationToken)
            ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
        if (cohort.LaunchedAt is null)
        {
            throw new DomainRuleException("cohortId", $"Cohort '{cohort.Name}' is not launched yet: applicants join a launched cohort, launch it first.");
        }

        await _forms.GetVersionAsync(cohort.ProgrammeId, formId!.Trim(), null, cancellationToken);
        var token = CallTokens.New();
        var by = By(actor);
        var call = await _store.WriteAsync(
            async db =>
            {
                var existing = await db.ApplicationCalls.SingleOrDefaultAsync(c => c.CohortId == cohortId, cancellationToken);
                if (existing is null)
                {
                    existing = new ApplicationCall(Guid.CreateVersion7(now), cohortId, cohort.ProgrammeId, formId.Trim(), CallTokens.Hash(token), now, closesAt, by);
                    db.ApplicationCalls.Add(existing);
                }
                else
                {
                    existing.Renew(formId.Trim(), CallTokens.Hash(token), now, closesAt, by);
                }

                AuditLog.Add(db, now, by, AuditActions.ApplicationCallOpened, cohortId, subjectId: existing.Id.ToString(), data: new JsonObject
                {
                    ["formId"] = existing.FormId,
                    ["closesAt"] = closesAt?.ToString("O"),
                });
                return existing;
            },
            cancellationToken);
        return new CallOpened(call, token);
    }

    /// <summary>Closes the cohort's call (nothing is recorded when it is closed already).</summary>
    /// <exception cref="DomainRuleException">The cohort has no call (404).</exception>
    public Task<ApplicationCall> CloseAsync(Guid cohortId, string? actor, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        return _store.WriteAsync(
            async db =>
            {
                var call = await RequireCallAsync(db, cohortId, cancellationToken);
                if (call.ClosedAt is null)
                {
                    call.Close(now);
                    AuditLog.Add(db, now, By(actor), AuditActions.ApplicationCallClosed, cohortId, subjectId: call.Id.ToString());
                }

                return call;
            },
            cancellationToken);
    }

    /// <summary>Re-opens the cohort's call with the link it had, until <paramref name="closesAt"/> (or no deadline).</summary>
    /// <exception cref="DomainRuleException">The cohort has no call (404); the deadline is past or out of range (400).</exception>
    public Task<ApplicationCall> ReopenAsync(Guid cohortId, DateTimeOffset? closesAt, string? actor, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var problems = new Problems();
        CheckDeadline(problems, closesAt, now);
        problems.ThrowIfAny();
        return _store.WriteAsync(
            async db =>
            {
                var call = await RequireCallAsync(db, cohortId, cancellationToken);
                call.Reopen(closesAt);
                AuditLog.Add(db, now, By(actor), AuditActions.ApplicationCallReopened, cohortId, subjectId: call.Id.ToString(), data: new JsonObject { ["closesAt"] = closesAt?.ToString("O") });
                return call;
            },
            cancellationToken);
    }

    /// <summary>Gets the cohort's call, if it has one.</summary>
    public Task<ApplicationCall?> FindAsync(Guid cohortId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(db => db.ApplicationCalls.AsNoTracking().SingleOrDefaultAsync(c => c.CohortId == cohortId, cancellationToken), cancellationToken);

    private static void CheckDeadline(Problems problems, DateTimeOffset? closesAt, DateTimeOffset now)
    {
        problems.Date("closesAt", closesAt);
        if (closesAt is { } deadline && deadline <= now)
        {
            problems.Add("closesAt", "The deadline is still to come.");
        }
    }

    private static string By(string? actor) => string.IsNullOrWhiteSpace(actor) ? AuditLog.System : actor.Trim();

    private static async Task<ApplicationCall> RequireCallAsync(CohortsDbContext db, Guid cohortId, CancellationToken cancellationToken) =>
        await db.ApplicationCalls.SingleOrDefaultAsync(c => c.CohortId == cohortId, cancellationToken)
            ?? throw new DomainRuleException("cohortId", "This cohort has no application call: open one first.", isNotFound: true);
}
