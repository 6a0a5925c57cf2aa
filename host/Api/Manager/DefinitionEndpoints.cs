using System.Text.Json.Nodes;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Exceptions;
using Cohorts.Host.Access;
using Cohorts.Host.Diagrams;
using Cohorts.Host.Manage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Cohorts.Host.Api.Manager;

/// <summary>
/// Definitions people can read: a version's diagram and an instance's (SVG), the history of versions with their
/// publishers, the diff of two versions, a draft checked as it is typed (problems with their lines) or simulated before
/// it is published; and the format's JSON Schema at <c>/schemas/definition.json</c>, for anyone.
/// </summary>
internal static class DefinitionEndpoints
{
    public static void MapDefinitionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DefinitionSchemaDocument.Path, Schema)
            .AllowAnonymous()
            .WithTags("Definitions")
            .WithSummary("The JSON Schema (draft 2020-12) of the definition format, with every registered activity type (anonymous, cacheable).")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/schema+json")
            .AnswerHead();

        var api = endpoints.MapGroup("/api").RequireAuthorization().AnswerHead();
        api.MapGet("/instances/{id:guid}/diagram.svg", InstanceDiagramAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithTags("Instances")
            .WithSummary("The diagram of an instance's definition version (SVG): where it stands now, where it has been, where it faulted.")
            .Produces<string>(StatusCodes.Status200OK, SvgDiagram.ContentType)
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        var definition = api.MapGroup("/programmes/{id}/definitions/{definitionId}").RequireAuthorization(CohortsPolicies.Manager).WithTags("Definitions");
        definition.MapGet("/versions/{version:int}/diagram.svg", DefinitionDiagramAsync)
            .WithSummary("The diagram of a definition version (SVG): its activities, their names and their schedules in words, in the reader's language.")
            .Produces<string>(StatusCodes.Status200OK, SvgDiagram.ContentType)
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        definition.MapGet("/history", HistoryAsync)
            .WithSummary("Every version of the definition, newest first, with who published it and when.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        definition.MapGet("/versions/{from:int}/diff/{to:int}", DiffAsync)
            .WithSummary("The line diff of two versions' documents (indented JSON): each line added, removed or unchanged.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        definition.MapGet("/diff", DiffByQueryAsync)
            .WithSummary("The line diff of two versions, named by ?from=&to=.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        definition.MapPost("/validation", ValidateAsync)
            .WithSummary("Checks a draft document (the body, as typed) without publishing: every problem with its JSON path, line and column.")
            .Accepts<JsonObject>("application/json")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        definition.MapPost("/drafts/simulations", SimulateDraftAsync)
            .WithSummary("Previews a cohort on a draft document (the body) instead of the definition's latest version, without publishing; the cohort is ?startDate=&companies=&coaches=. A draft with problems answers 400 naming their paths.")
            .Accepts<JsonObject>("application/json")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static ContentHttpResult Schema(HttpContext context, DefinitionSchemaDocument schema)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Text(schema.Json, "application/schema+json; charset=utf-8");
    }

    private static async Task<ContentHttpResult> DefinitionDiagramAsync(string id, string definitionId, int version, DefinitionDiagrams diagrams, CancellationToken cancellationToken) =>
        Svg(await diagrams.DefinitionSvgAsync(id, definitionId, version, cancellationToken));

    private static async Task<ContentHttpResult> InstanceDiagramAsync(Guid id, DefinitionDiagrams diagrams, CancellationToken cancellationToken) =>
        Svg(await diagrams.InstanceSvgAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<VersionHistoryEntry>>> HistoryAsync(string id, string definitionId, DefinitionHistory history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await history.ListAsync(id, definitionId, cancellationToken));

    private static async Task<Ok<VersionDiff>> DiffAsync(string id, string definitionId, int from, int to, DefinitionHistory history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await history.DiffAsync(id, definitionId, from, to, cancellationToken));

    private static async Task<Ok<VersionDiff>> DiffByQueryAsync(string id, string definitionId, int from, int to, DefinitionHistory history, CancellationToken cancellationToken) =>
        TypedResults.Ok(await history.DiffAsync(id, definitionId, from, to, cancellationToken));

    private static async Task<Ok<DraftValidation>> ValidateAsync(string id, string definitionId, HttpRequest request, DraftChecker checker, CancellationToken cancellationToken) =>
        TypedResults.Ok(await checker.CheckAsync(id, definitionId, await ReadBodyAsync(request, cancellationToken), cancellationToken));

    private static async Task<Ok<SimulationResponse>> SimulateDraftAsync(
        string id,
        string definitionId,
        DateOnly startDate,
        int companies,
        int coaches,
        HttpRequest request,
        DefinitionEditor editor,
        DefinitionSerializer serializer,
        SimulationPreviewer previewer,
        CancellationToken cancellationToken)
    {
        var json = await ReadBodyAsync(request, cancellationToken);
        var problems = await editor.ValidateAsync(id, definitionId, json, cancellationToken);
        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException(problems);
        }

        var draft = serializer.Read(json, DefinitionReadMode.Strict).Definition!;
        return TypedResults.Ok(SimulationResponse.Of(await previewer.PreviewAsync(id, draft, startDate, companies, coaches, cancellationToken)));
    }

    private static ContentHttpResult Svg(string svg) => TypedResults.Text(svg, SvgDiagram.ContentType + "; charset=utf-8");

    private static Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken) =>
        RawBody.ReadAsync(request, "$", maxChars: null, cancellationToken);
}
