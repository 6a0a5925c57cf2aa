using System.Text.Json.Nodes;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Outbox;

/// <summary>
/// The e-mails the domain's events owe, with the data their composers read (host/Mail/Composers documents each kind):
/// each adds its row through <see cref="MailOutbox.AddAsync"/> in the caller's transaction, once per key. A context
/// that owes no mail (a preview's, <see cref="CohortsDbContext.OwesMail"/>) reads nothing for them.
/// </summary>
internal static class MailsOwed
{
    /// <summary>The recipient that stands for the managers of a cohort's programme, resolved by the host when it sends.</summary>
    public static string Managers(Guid cohortId) => $"managers:{cohortId:D}";

    /// <summary><c>outcome-reminder</c> to whoever records a session's outcome (skipped when that is not an address).</summary>
    public static async Task OutcomeReminderAsync(CohortsDbContext db, string key, Session session, string recipient, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!db.OwesMail || !recipient.Contains('@', StringComparison.Ordinal))
        {
            return;
        }

        // A coach's sessions of one series share a title: the companies tell the reminders apart.
        var data = SessionData(session);
        data["companies"] = await CompaniesAsync(db, session, cancellationToken);
        await MailOutbox.AddAsync(db, key, "outcome-reminder", recipient, data, now, cancellationToken);
    }

    /// <summary><c>outcome-escalation</c> to the managers of the session's programme.</summary>
    public static async Task OutcomeEscalationAsync(CohortsDbContext db, string key, Session session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!db.OwesMail)
        {
            return;
        }

        var data = SessionData(session);
        data["cohortId"] = session.CohortId.ToString();
        data["cohort"] = await CohortNameAsync(db, session.CohortId, cancellationToken);
        data["companies"] = await CompaniesAsync(db, session, cancellationToken);
        if (session.CoachId is { } coachId)
        {
            data["coach"] = await db.Coaches.Where(c => c.Id == coachId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
        }

        await MailOutbox.AddAsync(db, key, "outcome-escalation", Managers(session.CohortId), data, now, cancellationToken);
    }

    /// <summary>
    /// <c>session-planned</c>, or with a calendar sequence <c>session-moved</c> (to the new coach),
    /// <c>session-handed-over</c> (to the previous one, with <c>coach</c>), <c>session-rescheduled</c> (with
    /// <c>from</c> and <c>reason</c>) or <c>session-cancelled</c> (with <c>reason</c>), to a session's coach.
    /// </summary>
    public static async Task SessionAsync(CohortsDbContext db, string key, string kind, Session session, string coachEmail, int? sequence, DateTimeOffset now, CancellationToken cancellationToken, params (string Name, string? Value)[] more)
    {
        if (!db.OwesMail)
        {
            return;
        }

        var data = await SessionChangeDataAsync(db, session, sequence, more, cancellationToken);
        data["companies"] = await CompaniesAsync(db, session, cancellationToken);
        await MailOutbox.AddAsync(db, key, kind, coachEmail, data, now, cancellationToken);
    }

    /// <summary>
    /// <c>company-session-planned</c> (a coaching session planned), <c>company-session-handed-over</c> (its coach
    /// changed), <c>company-session-rescheduled</c> (with <c>from</c>
    /// and <c>reason</c>) or <c>company-session-cancelled</c> (with <c>reason</c>), to the contact of each company a
    /// session expects that is still in the programme (accepted or active): a coaching session's company, a collective
    /// event's companies. Each in its contact's language, keyed <c>{key}/company-{id}</c>; the data names the coach of a
    /// coaching session (and gives the coach's address as the one a reply goes to, <c>replyTo</c>), never the other
    /// companies.
    /// </summary>
    public static async Task CompaniesOfSessionAsync(CohortsDbContext db, string key, string kind, Session session, int sequence, DateTimeOffset now, CancellationToken cancellationToken, params (string Name, string? Value)[] more)
    {
        if (!db.OwesMail)
        {
            return;
        }

        var ids = session.CompanyIds.ToList();
        var companies = await db.Companies.AsNoTracking()
            .Where(c => ids.Contains(c.Id) && (c.Status == CompanyStatus.Accepted || c.Status == CompanyStatus.Active))
            .Select(c => new { c.Id, c.Name, c.ContactEmail })
            .ToListAsync(cancellationToken);
        if (companies.Count == 0)
        {
            return;
        }

        var data = await SessionChangeDataAsync(db, session, sequence, more, cancellationToken);
        if (session.CoachId is { } coachId
            && await db.Coaches.Where(c => c.Id == coachId).Select(c => new { c.Name, c.Email }).SingleOrDefaultAsync(cancellationToken) is { } coach)
        {
            // A company that answers writes to its coach, not to the installation's sending address.
            data["coach"] = coach.Name;
            data["replyTo"] = coach.Email;
        }

        var languages = await ContactLanguage.OfManyAsync(db, [.. companies.Select(c => c.Id)], cancellationToken);
        foreach (var company in companies)
        {
            var owed = (JsonObject)data.DeepClone();
            owed["company"] = company.Name;
            owed["culture"] = languages.GetValueOrDefault(company.Id);
            await MailOutbox.AddAsync(db, $"{key}/company-{company.Id:N}", kind, company.ContactEmail, owed, now, cancellationToken);
        }
    }

    /// <summary><c>screening-decision</c> to the company's contact.</summary>
    public static async Task ScreeningAsync(CohortsDbContext db, Company company, string decision, string? sharedReasons, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!db.OwesMail)
        {
            return;
        }

        var data = new JsonObject
        {
            ["decision"] = decision,
            ["company"] = company.Name,
            ["cohort"] = await CohortNameAsync(db, company.CohortId, cancellationToken),
            ["reasons"] = string.IsNullOrWhiteSpace(sharedReasons) ? null : sharedReasons.Trim(),
            ["culture"] = await ContactLanguage.OfAsync(db, company.Id, cancellationToken),
        };
        await MailOutbox.AddAsync(db, $"company-{company.Id:D}/screening-{decision}", "screening-decision", company.ContactEmail, data, now, cancellationToken);
    }

    /// <summary>
    /// <c>milestone-due-soon</c> or <c>milestone-overdue</c> to a milestone's reviewer: the managers of the cohort's
    /// programme, or each funder of the cohort. The key names the due date, so a review moved by "needs work" is
    /// announced again for its new date.
    /// </summary>
    public static async Task MilestoneAsync(CohortsDbContext db, Milestone milestone, bool overdue, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!db.OwesMail)
        {
            return;
        }

        var kind = overdue ? "milestone-overdue" : "milestone-due-soon";
        var key = $"milestone-{milestone.Id:D}/{kind}-{milestone.DueAt.UtcTicks}";
        var data = new JsonObject
        {
            ["milestoneId"] = milestone.Id.ToString(),
            ["cohortId"] = milestone.CohortId.ToString(),
            ["name"] = milestone.Name,
            ["dueAt"] = DateValues.Format(milestone.DueAt),
            ["reviewer"] = milestone.Reviewer == ReviewerRole.Funder ? "funder" : "manager",
            ["cohort"] = await CohortNameAsync(db, milestone.CohortId, cancellationToken),
        };
        if (milestone.CompanyId is { } companyId)
        {
            data["company"] = await db.Companies.Where(c => c.Id == companyId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
        }

        if (milestone.Reviewer != ReviewerRole.Funder)
        {
            await MailOutbox.AddAsync(db, key, kind, Managers(milestone.CohortId), data, now, cancellationToken);
            return;
        }

        var funders = await db.Funders.Where(f => f.CohortId == milestone.CohortId).Select(f => new { f.Id, f.Email }).ToListAsync(cancellationToken);
        foreach (var funder in funders)
        {
            await MailOutbox.AddAsync(db, $"{key}/funder-{funder.Id:N}", kind, funder.Email, (JsonObject)data.DeepClone(), now, cancellationToken);
        }
    }

    /// <summary>
    /// <c>form-requested</c> (or <c>form-reminder</c>) to the contact of the company a form request asks, with its
    /// portal link (contract in docs/domain.md, "Form requests"); once per request and kind.
    /// </summary>
    public static async Task FormRequestedAsync(CohortsDbContext db, Forms.FormRequest request, Guid portalLinkId, JsonObject facts, bool reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var data = (JsonObject)facts.DeepClone();
        data["requestId"] = request.Id.ToString();
        data["portalLinkId"] = portalLinkId.ToString();
        if (db.OwesMail && request.CompanyId is { } companyId && await ContactLanguage.OfAsync(db, companyId, cancellationToken) is { } language)
        {
            data["culture"] = language;
        }

        var kind = reminder ? "form-reminder" : "form-requested";
        await MailOutbox.AddAsync(db, $"{request.SignalKey}/{kind}", kind, request.RespondentEmail ?? string.Empty, data, now, cancellationToken);
    }

    /// <summary>
    /// <c>form-escalation</c> to the managers of the request's cohort: a form is still unanswered after its reminder;
    /// <c>coach</c> names the coach when a coach was asked.
    /// </summary>
    public static Task FormEscalationAsync(CohortsDbContext db, Forms.FormRequest request, JsonObject facts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var data = (JsonObject)facts.DeepClone();
        data["requestId"] = request.Id.ToString();
        data["cohortId"] = request.CohortId?.ToString();
        if (request.Respondent == Forms.RespondentKind.Coach)
        {
            // The coach was asked, not the company the form may be about: the managers chase the coach.
            data["coach"] = request.RespondentName;
        }

        return request.CohortId is { } cohortId
            ? MailOutbox.AddAsync(db, $"{request.SignalKey}/form-escalation", "form-escalation", Managers(cohortId), data, now, cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary><c>coach-form-requested</c> (or its reminder) to a coach asked to answer a form when signed in.</summary>
    public static Task CoachFormAsync(CohortsDbContext db, Forms.FormRequest request, JsonObject facts, bool reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var data = (JsonObject)facts.DeepClone();
        data["requestId"] = request.Id.ToString();
        data["reminder"] = reminder;
        var key = $"{request.SignalKey}/coach-form-{(reminder ? "reminder" : "requested")}";
        return request.RespondentEmail is { } email
            ? MailOutbox.AddAsync(db, key, "coach-form-requested", email, data, now, cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>A session e-mail's data: when, where, its kind and cohort, the calendar sequence if any, and <paramref name="more"/>.</summary>
    private static async Task<JsonObject> SessionChangeDataAsync(CohortsDbContext db, Session session, int? sequence, (string Name, string? Value)[] more, CancellationToken cancellationToken)
    {
        var data = SessionData(session);
        data["kind"] = session.Kind.ToString();
        data["location"] = session.Location;
        data["cohort"] = await CohortNameAsync(db, session.CohortId, cancellationToken);
        if (sequence is { } number)
        {
            data["sequence"] = number;
        }

        foreach (var (name, value) in more)
        {
            data[name] = value;
        }

        return data;
    }

    private static JsonObject SessionData(Session session) => new()
    {
        ["sessionId"] = session.Id.ToString(),
        ["title"] = session.Title,
        ["kind"] = session.Kind.ToString(),
        ["plannedAt"] = DateValues.Format(session.PlannedAt),
        ["endsAt"] = DateValues.Format(session.EndsAt),
        ["companyCount"] = session.CompanyIds.Count,
    };

    /// <summary>The names of the session's companies, in alphabetical order and separated by commas, or null when it has none.</summary>
    private static async Task<string?> CompaniesAsync(CohortsDbContext db, Session session, CancellationToken cancellationToken)
    {
        var ids = session.CompanyIds.ToList();
        var companies = await db.Companies.Where(c => ids.Contains(c.Id)).Select(c => c.Name).ToListAsync(cancellationToken);
        return companies.Count == 0 ? null : string.Join(", ", companies.Order(StringComparer.CurrentCulture));
    }

    private static Task<string?> CohortNameAsync(CohortsDbContext db, Guid cohortId, CancellationToken cancellationToken) =>
        db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
}
