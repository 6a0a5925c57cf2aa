using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Access;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api.Manager;

/// <summary>A programme's forms (docs/domain.md, "Forms"): list, publish a version, read a version, check answers. The programme's managers only.</summary>
internal static class FormEndpoints
{
    public static void MapFormEndpoints(this RouteGroupBuilder api)
    {
        var forms = api.MapGroup("/programmes/{id}/forms").WithTags("Forms").RequireAuthorization(CohortsPolicies.Manager);
        forms.MapGet("/", ListAsync)
            .WithSummary("Lists a programme's forms with their latest version.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        forms.MapPost("/", PublishAsync)
            .WithSummary("Publishes a form document (docs/domain.md, \"Forms\"): a changed form becomes its next version (201), an unchanged one keeps its version (200). Every problem is named by its JSON path (questions[2].options); nothing is stored then.")
            .Accepts<JsonObject>("application/json")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        forms.MapGet("/{formId}/versions/{version:int}", GetVersionAsync)
            .WithSummary("Reads a version of a programme's form.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        forms.MapPost("/{formId}/answers/validation", ValidateAnswersAsync)
            .WithSummary("Checks an answer set ({\"answers\": {questionId: value}}) against the form's latest version, without storing it: every problem by its path (answers.revenue).")
            .Accepts<JsonObject>("application/json")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<FormSummary>>> ListAsync(string id, ProgrammeReader reader, FormService forms, CancellationToken cancellationToken)
    {
        await reader.RequireManagedAsync(id, cancellationToken);
        return TypedResults.Ok(await forms.ListAsync(id, cancellationToken));
    }

    private static async Task<Results<Created<FormPublished>, Ok<FormPublished>>> PublishAsync(
        string id,
        HttpRequest request,
        UserAccess access,
        ProgrammeReader reader,
        FormService forms,
        CancellationToken cancellationToken)
    {
        await reader.RequireManagedAsync(id, cancellationToken);
        var json = await ReadBodyAsync(request, FormReader.RootPath, cancellationToken);
        var published = await forms.PublishAsync(id, json, access.Email, cancellationToken);
        return published.IsNew
            ? TypedResults.Created($"/api/programmes/{Uri.EscapeDataString(id)}/forms/{Uri.EscapeDataString(published.FormId)}/versions/{published.Version}", published)
            : TypedResults.Ok(published);
    }

    private static async Task<Ok<FormVersionResponse>> GetVersionAsync(string id, string formId, int version, ProgrammeReader reader, FormService forms, CancellationToken cancellationToken)
    {
        await reader.RequireManagedAsync(id, cancellationToken);
        return TypedResults.Ok(FormVersionResponse.Of(await forms.GetVersionAsync(id, formId, version, cancellationToken)));
    }

    private static async Task<Ok<AnswerValidationResponse>> ValidateAnswersAsync(string id, string formId, HttpRequest request, ProgrammeReader reader, FormService forms, CancellationToken cancellationToken)
    {
        await reader.RequireManagedAsync(id, cancellationToken);
        var answers = await Forms.AnswerBody.ReadAsync(request, cancellationToken);

        var (version, problems) = await forms.ValidateAnswersAsync(id, formId, answers, cancellationToken);
        var errors = problems
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Value)], StringComparer.Ordinal);
        return TypedResults.Ok(new AnswerValidationResponse(formId, version.Version, errors.Count == 0, errors));
    }

    private static Task<string> ReadBodyAsync(HttpRequest request, string path, CancellationToken cancellationToken) =>
        RawBody.ReadAsync(request, path, FormLimits.MaxJsonLength, cancellationToken);
}
