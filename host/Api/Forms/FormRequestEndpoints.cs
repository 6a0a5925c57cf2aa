using Cohorts.Host.Access;
using Cohorts.Host.Api.Manager;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Collection;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api.Forms;

/// <summary>
/// Form requests and their answers (docs/domain.md, "Form requests"): ask a form of an event's attendees or of a
/// cohort's companies, list a cohort's requests, read a form's answers, withdraw a request; a coach's forms and their
/// answers (or a manager's, on a respondent's behalf).
/// </summary>
internal static class FormRequestEndpoints
{
    private static readonly int[] Refusals = [StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict];

    public static void MapFormRequestEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/sessions/{id:guid}/forms", AskAttendeesAsync)
            .WithTags("Forms")
            .WithSummary("Asks a form ({formId, due?, to?}) of every company recorded present at a session or event (to: attendees, the default), or of each event organiser its programme names (to: organisers, who answer signed in), once its outcome is recorded: one request each, by e-mail (its organiser, coach or the programme's manager); whoever has this form open for it already is not asked again (alreadyOpen). 409 before the outcome, when nobody came, or when everyone has it open.")
            .Problems(Refusals);
        api.MapPost("/cohorts/{id:guid}/forms/{formId}/requests", AskCohortAsync)
            .WithTags("Forms")
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Asks a form ({due?}) of every accepted or active company of a cohort now: one request each, with the contact's portal link by e-mail; a company with this form open already is not asked again (alreadyOpen). 409 when every company has it open.")
            .Problems(Refusals);
        api.MapGet("/cohorts/{id:guid}/forms/requests", ListAsync)
            .WithTags("Forms")
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("A cohort's form requests, newest first (at most 2,000): form, respondent, requested, due, status, answered at, late.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapGet("/programmes/{id}/forms/{formId}/answers", AnswersAsync)
            .WithTags("Forms")
            .WithSummary("A programme form's answers, newest first, with company, cohort, version answered, submitted and edited (page from 1, pageSize up to 200, default 50): the programme's managers, or its funders for the cohorts they fund.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapPost("/forms/requests/{id:guid}/cancel", WithdrawAsync)
            .WithTags("Forms")
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Withdraws an open form request (audited): it takes no answer any more, and a workflow waiting for it goes on. 409 once answered or withdrawn.")
            .Problems(Refusals);
        api.MapPost("/forms/requests/{id:guid}/answers", SubmitAsync)
            .WithTags("Forms")
            .WithSummary("Answers a form request ({\"answers\": {questionId: value}}): the coach or event organiser it asks, or a manager of its programme on the respondent's behalf. A second submission edits the answers until the request's deadline (409 after). Problems by path (answers.satisfaction); nothing is stored then.")
            .Accepts<AnswerSubmittedExample>("application/json")
            .Problems(Refusals);
        api.MapGet("/coach/forms", CoachFormsAsync)
            .WithTags("Coach")
            .RequireAuthorization(CohortsPolicies.Coach)
            .WithSummary("The forms asked of the signed-in coach, newest first: open, answered (editable until their deadline) or withdrawn.")
            .Problems(StatusCodes.Status403Forbidden);
        api.MapGet("/forms/mine", MyFormsAsync)
            .WithTags("Forms")
            .WithSummary("The forms asked of the signed-in person, whatever their role, newest first: as a coach, and as an event organiser of a programme (by their e-mail address).");
    }

    private static async Task<Created<FormsAsked>> AskAttendeesAsync(Guid id, AskFormRequest request, UserAccess access, FormCollectionService forms, CancellationToken cancellationToken)
    {
        await access.RequireSessionAsync(id, record: true, cancellationToken);
        var asked = request.To?.Trim().ToLowerInvariant() switch
        {
            null or "" or "attendees" => await forms.AskAttendeesAsync(id, request.FormId, request.Due, access.Email, cancellationToken),
            "organisers" => await forms.AskOrganisersAsync(id, request.FormId, request.Due, access.Email, cancellationToken),
            _ => throw new Workflows.Services.DomainRuleException("to", "Must be 'attendees' or 'organisers'."),
        };
        return TypedResults.Created($"/api/sessions/{id}/forms", asked);
    }

    private static async Task<Created<FormsAsked>> AskCohortAsync(Guid id, string formId, AskCohortFormRequest? request, UserAccess access, FormCollectionService forms, CancellationToken cancellationToken)
    {
        await access.RequireCohortManagerAsync(id, cancellationToken);
        var asked = await forms.AskCohortAsync(id, formId, request?.Due, access.Email, cancellationToken);
        return TypedResults.Created($"/api/cohorts/{id}/forms/requests", asked);
    }

    private static async Task<Ok<IReadOnlyList<FormRequestRow>>> ListAsync(Guid id, UserAccess access, FormRequestQueries queries, CancellationToken cancellationToken)
    {
        await access.RequireCohortManagerAsync(id, cancellationToken);
        return TypedResults.Ok(await queries.ForCohortAsync(id, cancellationToken));
    }

    private static async Task<Ok<FormAnswerPage>> AnswersAsync(string id, string formId, int? page, int? pageSize, UserAccess access, FormRequestQueries queries, CancellationToken cancellationToken)
    {
        var cohorts = await access.GetFormAnswerCohortsAsync(id, cancellationToken);
        return TypedResults.Ok(await queries.AnswersAsync(id, formId, cohorts, page ?? 1, pageSize ?? 50, cancellationToken));
    }

    private static async Task<NoContent> WithdrawAsync(Guid id, UserAccess access, FormRequestQueries queries, FormCollectionService forms, CancellationToken cancellationToken)
    {
        var request = await RequireRequestAsync(id, queries, cancellationToken);
        await access.RequireProgrammeManagerAsync(request.ProgrammeId, cancellationToken);
        await forms.WithdrawAsync(id, access.Email, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<AnswerSubmitted>> SubmitAsync(Guid id, HttpRequest http, UserAccess access, FormRequestQueries queries, FormAnswerService answers, CancellationToken cancellationToken)
    {
        var request = await RequireRequestAsync(id, queries, cancellationToken);
        var onBehalf = await access.RequireFormAnswererAsync(request, cancellationToken);
        var body = await AnswerBody.ReadAsync(http, cancellationToken);
        return TypedResults.Ok(await answers.SubmitAsync(id, body, SubmittedBy(access.Email, onBehalf, request), cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<FormRequestRow>>> CoachFormsAsync(UserAccess access, FormRequestQueries queries, CancellationToken cancellationToken)
    {
        var coachIds = (await access.GetCoachRecordsAsync(cancellationToken)).Select(c => c.Id).ToList();
        return TypedResults.Ok(await queries.ForCoachesAsync(coachIds, cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<FormRequestRow>>> MyFormsAsync(UserAccess access, FormRequestQueries queries, CancellationToken cancellationToken)
    {
        var coachIds = (await access.GetCoachRecordsAsync(cancellationToken)).Select(c => c.Id).ToList();
        return TypedResults.Ok(await queries.MineAsync(coachIds, access.Email, cancellationToken));
    }

    private static async Task<FormRequest> RequireRequestAsync(Guid id, FormRequestQueries queries, CancellationToken cancellationToken) =>
        await queries.FindAsync(id, cancellationToken) ?? throw Workflows.Services.DomainRuleException.NotFound("requestId", "form request", id);

    /// <summary>Who the answer is recorded as submitted by: the coach, or the manager on the respondent's behalf.</summary>
    internal static string SubmittedBy(string email, bool onBehalf, FormRequest request) =>
        onBehalf ? $"{email} for {request.RespondentName ?? request.RespondentEmail ?? "the respondent"}" : email;
}
