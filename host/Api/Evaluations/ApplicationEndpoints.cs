using System.Globalization;
using Cohorts.Host.Access;
using Cohorts.Host.Api.Manager;
using Cohorts.Host.Evaluations;
using Cohorts.Host.Web;
using Cohorts.Workflows.Evaluations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api.Evaluations;

/// <summary>
/// A cohort's public application call (docs/domain.md, "Applications and scored screening"): the manager opens,
/// closes and re-opens it and lists the applications; anyone with the link reads the form in their language and applies.
/// </summary>
internal static class ApplicationEndpoints
{
    private static readonly int[] Refusals = [StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict];

    public static void MapApplicationEndpoints(this RouteGroupBuilder api)
    {
        var cohort = api.MapGroup("/cohorts/{id:guid}/applications").WithTags("Applications").RequireAuthorization(CohortsPolicies.Manager);
        cohort.MapGet("/", ListAsync)
            .WithSummary("Lists the cohort's call and its applications (answers with the form version they answer), newest first.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        cohort.MapPost("/call", OpenAsync)
            .WithSummary("Opens the cohort's public application call with a programme form (and an optional deadline): the answer holds the link's token, given this once; a previous link stops working. The cohort must be launched.")
            .Problems(Refusals);
        cohort.MapPost("/call/close", CloseAsync)
            .WithSummary("Closes the cohort's application call: its link takes no more applications.")
            .Problems(Refusals);
        cohort.MapPost("/call/reopen", ReopenAsync)
            .WithSummary("Re-opens the cohort's application call with the link it had, with a new deadline or none.")
            .Problems(Refusals);

        var open = api.MapGroup("/applications/{token}").WithTags("Applications").AllowAnonymous();
        open.MapGet("/", ReadFormAsync)
            .WithSummary("Reads an open call's form in the reader's language (?culture=fr or Accept-Language): anyone with the link. 404 for an unknown link, 400 (token) for a closed call.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        open.MapPost("/", SubmitAsync)
            .WithSummary("Applies through an open call: the company's fields (name, sector, headcount, location, contactEmail, needs) and the form's answers (answers.{questionId}). Creates the company, its journey waiting at screening, and the application. Every problem by path; 409 (name) when the cohort has a company of that name.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<ApplicationsResponse>> ListAsync(Guid id, ApplicationCalls calls, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (_, call, applications) = await calls.ReadAsync(id, cancellationToken);
        return TypedResults.Ok(new ApplicationsResponse(call is null ? null : CallResponse.Of(call, clock.GetUtcNow()), [.. applications.Select(ApplicationResponse.Of)]));
    }

    private static async Task<Created<CallResponse>> OpenAsync(Guid id, OpenCallRequest request, ApplicationCalls calls, PublicLinks links, TimeProvider clock, CancellationToken cancellationToken)
    {
        var opened = await calls.OpenAsync(id, request.FormId, request.ClosesAt, cancellationToken);
        var url = links.To($"/apply/{opened.Token}");
        return TypedResults.Created($"/api/cohorts/{id}/applications", CallResponse.Of(opened.Call, clock.GetUtcNow()) with { Token = opened.Token, Url = url });
    }

    private static async Task<Ok<CallResponse>> CloseAsync(Guid id, ApplicationCalls calls, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(CallResponse.Of(await calls.CloseAsync(id, cancellationToken), clock.GetUtcNow()));

    private static async Task<Ok<CallResponse>> ReopenAsync(Guid id, ReopenCallRequest? request, ApplicationCalls calls, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(CallResponse.Of(await calls.ReopenAsync(id, request?.ClosesAt, cancellationToken), clock.GetUtcNow()));

    private static async Task<Ok<PublicFormResponse>> ReadFormAsync(string token, ApplicationIntake intake, CancellationToken cancellationToken) =>
        TypedResults.Ok(PublicFormResponse.Of(await intake.FindOpenAsync(token, cancellationToken), Language()));

    private static async Task<Created<ApplicantResponse>> SubmitAsync(string token, ApplicantSubmission submission, ApplicationIntake intake, CancellationToken cancellationToken)
    {
        var company = await intake.SubmitAsync(token, submission with { Language = submission.Language ?? Language() }, cancellationToken);
        return TypedResults.Created((string?)null, new ApplicantResponse(company.Id, company.Name, company.Status.ToString()));
    }

    private static string Language() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? "fr" : "en";
}
