using System.Text.Json.Nodes;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Portal;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Forms.Collection;

/// <summary>
/// Asks a form of a respondent inside the caller's transaction (a workflow step's, or a person's command): the request,
/// for a company its contact's portal link and the <c>form-requested</c> e-mail, for a coach or an event
/// organiser the <c>coach-form-requested</c> e-mail. A request with a plan key that exists already is returned instead of made twice.
/// </summary>
internal static class FormAsking
{
    /// <summary>Gets the latest version of a programme's form, or refuses at <c>formId</c> (404).</summary>
    public static async Task<FormVersion> LatestAsync(CohortsDbContext db, string programmeId, string formId, CancellationToken cancellationToken) =>
        await db.FormVersions.AsNoTracking()
            .Where(v => v.ProgrammeId == programmeId && v.FormId == formId)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new DomainRuleException("formId", $"Programme '{programmeId}' has no form '{formId}'.", isNotFound: true);

    /// <summary>Asks a company's contact (as the company, or as an attendee of an event).</summary>
    public static async Task<FormRequest> AskCompanyAsync(
        CohortsDbContext db, FormVersion form, Company company, RespondentKind kind, FormAskDetails details, DateTimeOffset now, string by, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, details.PlanKey, cancellationToken) is { } found)
        {
            return found;
        }

        var request = new FormRequest(Guid.CreateVersion7(now), form.ProgrammeId, form.FormId, form.Version, kind, now)
        {
            CohortId = company.CohortId,
            CompanyId = company.Id,
            SessionId = details.SessionId,
            RespondentEmail = company.ContactEmail,
            RespondentName = company.Name,
            Title = Clip(details.Title, FormRequest.MaxTitleLength),
            PlanKey = details.PlanKey,
            DueAt = details.DueAt,
            EditableUntil = details.EditableUntil,
        };
        db.FormRequests.Add(request);
        var link = await PortalLinks.EnsureAsync(db, company.Id, company.ContactEmail, now, by, cancellationToken);
        await MailsOwed.FormRequestedAsync(db, request, link.Id, await FactsAsync(db, request, form, cancellationToken), reminder: false, now, cancellationToken);
        return request;
    }

    /// <summary>Asks a coach, about one of their companies when <paramref name="company"/> is set.</summary>
    public static async Task<FormRequest> AskCoachAsync(
        CohortsDbContext db, FormVersion form, Coach coach, Company? company, FormAskDetails details, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, details.PlanKey, cancellationToken) is { } found)
        {
            return found;
        }

        var request = new FormRequest(Guid.CreateVersion7(now), form.ProgrammeId, form.FormId, form.Version, RespondentKind.Coach, now)
        {
            CohortId = coach.CohortId,
            CompanyId = company?.Id,
            CoachId = coach.Id,
            SessionId = details.SessionId,
            RespondentEmail = coach.Email,
            RespondentName = coach.Name,
            Title = Clip(details.Title, FormRequest.MaxTitleLength),
            PlanKey = details.PlanKey,
            DueAt = details.DueAt,
            EditableUntil = details.EditableUntil,
        };
        db.FormRequests.Add(request);
        await MailsOwed.CoachFormAsync(db, request, await FactsAsync(db, request, form, cancellationToken), reminder: false, now, cancellationToken);
        return request;
    }

    /// <summary>Asks an event organiser named by the programme about an event; they answer signed in, like a coach.</summary>
    public static async Task<FormRequest> AskOrganiserAsync(
        CohortsDbContext db, FormVersion form, string email, Session session, FormAskDetails details, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, details.PlanKey, cancellationToken) is { } found)
        {
            return found;
        }

        var request = new FormRequest(Guid.CreateVersion7(now), form.ProgrammeId, form.FormId, form.Version, RespondentKind.Organiser, now)
        {
            CohortId = session.CohortId,
            SessionId = session.Id,
            RespondentEmail = email,
            RespondentName = email,
            Title = Clip(details.Title, FormRequest.MaxTitleLength),
            PlanKey = details.PlanKey,
            DueAt = details.DueAt,
            EditableUntil = details.EditableUntil,
        };
        db.FormRequests.Add(request);
        await MailsOwed.CoachFormAsync(db, request, await FactsAsync(db, request, form, cancellationToken), reminder: false, now, cancellationToken);
        return request;
    }

    /// <summary>
    /// The facts every form e-mail carries: <c>company</c>, <c>cohort</c>, <c>formName</c> (<c>en</c>, <c>fr</c>),
    /// <c>title</c> and <c>dueAt</c> (ISO 8601) when set.
    /// </summary>
    public static async Task<JsonObject> FactsAsync(CohortsDbContext db, FormRequest request, FormVersion? form, CancellationToken cancellationToken)
    {
        form ??= await db.FormVersions.AsNoTracking()
            .SingleAsync(v => v.ProgrammeId == request.ProgrammeId && v.FormId == request.FormId && v.Version == request.FormVersion, cancellationToken);
        var name = form.ReadDefinition().Name;
        var company = request.CompanyId is { } companyId
            ? await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var cohort = request.CohortId is { } cohortId
            ? await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new JsonObject
        {
            ["company"] = company ?? (request.Respondent == RespondentKind.Organiser ? null : request.RespondentName),
            ["cohort"] = cohort,
            ["formName"] = new JsonObject { ["en"] = name.En, ["fr"] = name.Fr },
            ["title"] = request.Title,
            ["dueAt"] = request.DueAt is { } due ? DateValues.Format(due) : null,
        };
    }

    private static async Task<FormRequest?> FindAsync(CohortsDbContext db, string? planKey, CancellationToken cancellationToken) =>
        planKey is null
            ? null
            : db.FormRequests.Local.FirstOrDefault(r => r.PlanKey == planKey)
                ?? await db.FormRequests.SingleOrDefaultAsync(r => r.PlanKey == planKey, cancellationToken);

    private static string? Clip(string? text, int length) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is { } trimmed && trimmed.Length > length ? trimmed[..length] : text.Trim();
}
