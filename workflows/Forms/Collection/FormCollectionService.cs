using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Forms.Collection;

/// <summary>
/// People's commands on form requests: ask a form of every attendee of an event after its outcome, ask it of every
/// active company of a cohort now, withdraw a request. Each writes its requests (portal links, <c>form-requested</c>
/// e-mails) and its audit row in one transaction. Who may do it is the caller's to check (the host's <c>UserAccess</c>).
/// </summary>
public sealed class FormCollectionService
{
    /// <summary>How long an answer is given when the caller names no due time.</summary>
    public static readonly TimeSpan DefaultDue = TimeSpan.FromDays(14);

    /// <summary>The furthest due time accepted, from now.</summary>
    public static readonly TimeSpan MaxDue = TimeSpan.FromDays(366);

    private readonly CohortsStore _store;
    private readonly SignalOutbox _outbox;
    private readonly TimeProvider _time;

    internal FormCollectionService(CohortsStore store, SignalOutbox outbox, TimeProvider time)
    {
        _store = store;
        _outbox = outbox;
        _time = time;
    }

    /// <summary>Asks every company recorded present at a session or event (once its outcome is recorded) to answer a form.</summary>
    /// <exception cref="DomainRuleException">No such session (404) or form (404, <c>formId</c>); no outcome yet or nobody present (409); a due time past or too far (<c>due</c>).</exception>
    public Task<FormsAsked> AskAttendeesAsync(Guid sessionId, string? formId, DateTimeOffset? due, string actor, CancellationToken cancellationToken = default)
    {
        var id = RequireFormId(formId);
        var now = _time.GetUtcNow();
        var dueAt = CheckDue(due, now);
        return _store.WriteAsync(
            async db =>
            {
                var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("sessionId", "session", sessionId);
                if (session.Outcome is not { } outcome)
                {
                    throw DomainRuleException.RecordedAlready("sessionId", $"The outcome of '{session.Title}' is not recorded yet: its attendees are known once it is.");
                }

                var present = outcome.Attendance.Where(a => a.Present).Select(a => a.CompanyId).ToList();
                var companies = await db.Companies.AsNoTracking().Where(c => present.Contains(c.Id)).OrderBy(c => c.Name).ToListAsync(cancellationToken);
                if (companies.Count == 0)
                {
                    throw DomainRuleException.RecordedAlready("sessionId", $"Nobody was recorded present at '{session.Title}'.");
                }

                var form = await FormAsking.LatestAsync(db, await ProgrammeOfAsync(db, session.CohortId, cancellationToken), id, cancellationToken);
                var open = await OpenRequests(db, form)
                    .Where(r => r.SessionId == session.Id && r.CompanyId != null && present.Contains(r.CompanyId.Value))
                    .Select(r => new { r.Id, r.CompanyId })
                    .ToListAsync(cancellationToken);
                var details = new FormAskDetails(null, dueAt, null, session.Id, null);
                List<Guid> asked = [];
                foreach (var company in companies.Where(c => !open.Exists(r => r.CompanyId == c.Id)))
                {
                    asked.Add((await FormAsking.AskCompanyAsync(db, form, company, RespondentKind.Attendee, details, now, actor, cancellationToken)).Id);
                }

                return Done(db, now, actor, session.CohortId, form, asked, [.. open.Select(r => r.Id)], session.Id);
            },
            cancellationToken);
    }

    /// <summary>Asks each event organiser the session's programme names to answer a form about it, once its outcome is recorded.</summary>
    /// <exception cref="DomainRuleException">No such session (404) or form (404, <c>formId</c>); no outcome yet or no organiser named (409); a due time past or too far (<c>due</c>).</exception>
    public Task<FormsAsked> AskOrganisersAsync(Guid sessionId, string? formId, DateTimeOffset? due, string actor, CancellationToken cancellationToken = default)
    {
        var id = RequireFormId(formId);
        var now = _time.GetUtcNow();
        var dueAt = CheckDue(due, now);
        return _store.WriteAsync(
            async db =>
            {
                var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("sessionId", "session", sessionId);
                if (session.Outcome is null)
                {
                    throw DomainRuleException.RecordedAlready("sessionId", $"The outcome of '{session.Title}' is not recorded yet: its organisers are asked once it is.");
                }

                var programmeId = await ProgrammeOfAsync(db, session.CohortId, cancellationToken);
                var organisers = await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId).Select(p => p.EventOrganisers).SingleAsync(cancellationToken);
                if (organisers.Count == 0)
                {
                    throw DomainRuleException.RecordedAlready("to", $"Programme '{programmeId}' names no event organiser to ask.");
                }

                var form = await FormAsking.LatestAsync(db, programmeId, id, cancellationToken);
                var open = await OpenRequests(db, form)
                    .Where(r => r.SessionId == session.Id && r.Respondent == RespondentKind.Organiser)
                    .Select(r => new { r.Id, Respondent = r.RespondentEmail })
                    .ToListAsync(cancellationToken);
                var details = new FormAskDetails(null, dueAt, null, session.Id, null);
                List<Guid> asked = [];
                foreach (var email in organisers.Order(StringComparer.Ordinal).Where(e => !open.Exists(r => string.Equals(r.Respondent, e, StringComparison.OrdinalIgnoreCase))))
                {
                    asked.Add((await FormAsking.AskOrganiserAsync(db, form, email, session, details, now, cancellationToken)).Id);
                }

                return Done(db, now, actor, session.CohortId, form, asked, [.. open.Select(r => r.Id)], session.Id);
            },
            cancellationToken);
    }

    /// <summary>Asks every accepted or active company of a cohort to answer a form now.</summary>
    /// <exception cref="DomainRuleException">No such cohort (404) or form (404, <c>formId</c>); no active company (409); a due time past or too far (<c>due</c>).</exception>
    public Task<FormsAsked> AskCohortAsync(Guid cohortId, string? formId, DateTimeOffset? due, string actor, CancellationToken cancellationToken = default)
    {
        var id = RequireFormId(formId);
        var now = _time.GetUtcNow();
        var dueAt = CheckDue(due, now);
        return _store.WriteAsync(
            async db =>
            {
                var programmeId = await ProgrammeOfAsync(db, cohortId, cancellationToken);
                var form = await FormAsking.LatestAsync(db, programmeId, id, cancellationToken);
                var companies = await db.Companies.AsNoTracking()
                    .Where(c => c.CohortId == cohortId && (c.Status == CompanyStatus.Accepted || c.Status == CompanyStatus.Active))
                    .OrderBy(c => c.Name)
                    .ToListAsync(cancellationToken);
                if (companies.Count == 0)
                {
                    throw DomainRuleException.RecordedAlready("cohortId", "This cohort has no active company to ask.");
                }

                var ids = companies.Select(c => c.Id).ToList();
                var open = await OpenRequests(db, form)
                    .Where(r => r.SessionId == null && r.Respondent == RespondentKind.Company && r.CompanyId != null && ids.Contains(r.CompanyId.Value))
                    .Select(r => new { r.Id, r.CompanyId })
                    .ToListAsync(cancellationToken);
                var details = new FormAskDetails(null, dueAt, null, null, null);
                List<Guid> asked = [];
                foreach (var company in companies.Where(c => !open.Exists(r => r.CompanyId == c.Id)))
                {
                    asked.Add((await FormAsking.AskCompanyAsync(db, form, company, RespondentKind.Company, details, now, actor, cancellationToken)).Id);
                }

                return Done(db, now, actor, cohortId, form, asked, [.. open.Select(r => r.Id)], null);
            },
            cancellationToken);
    }

    /// <summary>
    /// Withdraws an open request: it takes no answer any more, and a CollectForm waiting on it stops waiting for it
    /// (signal <c>form-withdrawn</c>, through the outbox after the commit).
    /// </summary>
    /// <exception cref="DomainRuleException">No such request (404); answered or withdrawn already (409).</exception>
    public async Task WithdrawAsync(Guid requestId, string actor, CancellationToken cancellationToken = default)
    {
        var owed = await _store.WriteAsync(
            async db =>
            {
                var request = await db.FormRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("requestId", "form request", requestId);
                if (request.Status != FormRequestStatus.Open)
                {
                    throw DomainRuleException.RecordedAlready("requestId", request.Status == FormRequestStatus.Answered
                        ? "This form was answered already: it can no longer be withdrawn."
                        : "This form was withdrawn already.");
                }

                var now = _time.GetUtcNow();
                request.Cancel();
                AuditLog.Add(db, now, actor, AuditActions.FormRequestWithdrawn, request.CohortId, request.CompanyId, request.Id.ToString(), new JsonObject { ["formId"] = request.FormId });
                return SignalOutbox.Add(db, FormSignals.FormWithdrawn, request.SignalKey, new JsonObject { ["requestId"] = request.Id.ToString() }, $"{request.SignalKey}-withdrawn", now);
            },
            cancellationToken);
        await _outbox.DeliverAsync(owed.Id, CancellationToken.None);
    }

    private static string RequireFormId(string? formId) =>
        string.IsNullOrWhiteSpace(formId) || formId.Length > FormLimits.MaxIdLength
            ? throw new DomainRuleException("formId", "Name a form of the programme (its id).")
            : formId.Trim();

    private static DateTimeOffset CheckDue(DateTimeOffset? due, DateTimeOffset now)
    {
        if (due is not { } at)
        {
            return now + DefaultDue;
        }

        return at <= now
            ? throw new DomainRuleException("due", "The due time must be in the future.")
            : at > now + MaxDue
                ? throw new DomainRuleException("due", $"The due time must be within {MaxDue.Days} days.")
                : at;
    }

    private static async Task<string> ProgrammeOfAsync(CohortsDbContext db, Guid cohortId, CancellationToken cancellationToken) =>
        await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => c.ProgrammeId).SingleOrDefaultAsync(cancellationToken)
        ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);

    /// <summary>The requests of <paramref name="form"/> (any version) still open: their respondents are not asked it again.</summary>
    private static IQueryable<FormRequest> OpenRequests(CohortsDbContext db, FormVersion form) =>
        db.FormRequests.AsNoTracking().Where(r => r.ProgrammeId == form.ProgrammeId && r.FormId == form.FormId && r.Status == FormRequestStatus.Open);

    /// <summary>Audits a person's ask and says what it did; an ask whose every respondent has the form open already is refused (409), so asking twice sends nothing twice.</summary>
    /// <exception cref="DomainRuleException">Nobody new to ask (409, <c>formId</c>).</exception>
    private static FormsAsked Done(CohortsDbContext db, DateTimeOffset now, string actor, Guid cohortId, FormVersion form, List<Guid> asked, List<Guid> open, Guid? sessionId)
    {
        if (asked.Count == 0)
        {
            throw DomainRuleException.RecordedAlready("formId", $"Everyone this asks has form '{form.FormId}' open already, not answered yet: withdraw those requests to ask again.");
        }

        Audit(db, now, actor, cohortId, form, asked.Count, sessionId);
        return new FormsAsked(form.FormId, form.Version, asked, open);
    }

    private static void Audit(CohortsDbContext db, DateTimeOffset now, string actor, Guid cohortId, FormVersion form, int requests, Guid? sessionId) =>
        AuditLog.Add(db, now, actor, AuditActions.FormRequested, cohortId, null, form.FormId, new JsonObject
        {
            ["formId"] = form.FormId,
            ["version"] = form.Version,
            ["requests"] = requests,
            ["sessionId"] = sessionId?.ToString(),
        });
}
