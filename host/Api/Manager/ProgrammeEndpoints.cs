using System.Text.Json.Nodes;
using Cohorts.Host.Access;
using Cohorts.Host.Manage;
using Cohorts.Host.Programmes;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Templates;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api.Manager;

/// <summary>Templates, programmes, their definitions' versions, and the simulated preview of a cohort.</summary>
internal static class ProgrammeEndpoints
{
    public static void MapProgrammeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/templates", ListTemplates)
            .WithTags("Programmes")
            .WithSummary("Lists the built-in programme templates (any signed-in user).");
        var programmes = api.MapGroup("/programmes").WithTags("Programmes");
        programmes.MapGet("/", ListAsync)
            .WithSummary("Lists the programmes the user sees: those they manage, or those of the cohorts they coach or fund; archived ones only with ?archived=true.");
        programmes.MapPost("/", CreateAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Creates a new programme, each time with its own id (a slug of its name made unique) and its own definitions: from a template ({\"templateId\", \"name\"}) or blank ({\"name\", \"durationMonths\"}); the user manages it.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        programmes.MapGet("/{id}", GetAsync)
            .WithSummary("Reads a programme: duration, co-funding, targets, definitions with their versions.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        programmes.MapGet("/{id}/settings", SettingsAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Reads a programme's settings as PUT /api/programmes/{id} takes them (its calendar from its company journey's latest version).")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        programmes.MapPut("/{id}", UpdateAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Replaces a programme's settings (name, descriptions, duration, time zone, calendar, targets, budget, currency, co-funders, session length, hours per company). A new calendar or time zone publishes a new version of its definitions; running journeys keep theirs. Every problem is named by its JSON path; nothing changes then.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        programmes.MapPost("/{id}/archive", (string id, UserAccess access, ProgrammeAuthoring authoring, ProgrammeReader reader, CancellationToken cancellationToken) => ArchiveAsync(id, true, access, authoring, reader, cancellationToken))
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Archives a programme: kept, hidden from everyday lists (listed with ?archived=true), no new cohort. Again: nothing changes.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        programmes.MapPost("/{id}/restore", (string id, UserAccess access, ProgrammeAuthoring authoring, ProgrammeReader reader, CancellationToken cancellationToken) => ArchiveAsync(id, false, access, authoring, reader, cancellationToken))
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Restores an archived programme to the everyday lists.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        var versions = programmes.MapGroup("/{id}/definitions/{definitionId}/versions").RequireAuthorization(CohortsPolicies.Manager);
        versions.MapGet("/", ListVersionsAsync)
            .WithSummary("Lists a definition's published versions, newest first.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        versions.MapGet("/{version:int}", GetVersionAsync)
            .WithSummary("Reads a version's definition document (docs/definition-format.md).")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        versions.MapPost("/", PublishAsync)
            .WithSummary("Publishes a definition document as a new version (every problem is listed by its JSON path); running instances keep theirs.")
            .Accepts<JsonObject>("application/json")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        programmes.MapPost("/{id}/simulations", SimulateAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithSummary("Previews a cohort on the programme's current definitions: calendar, each coach's load per month, the day each target is reached.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static Ok<List<TemplateResponse>> ListTemplates() =>
        TypedResults.Ok(ProgrammeTemplates.List().Select(TemplateResponse.Of).ToList());

    private static async Task<Ok<IReadOnlyList<ProgrammeSummary>>> ListAsync(ProgrammeReader reader, bool? archived, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ListVisibleAsync(archived ?? false, cancellationToken));

    private static async Task<Created<ProgrammeDetails>> CreateAsync(
        CreateProgrammeRequest request,
        UserAccess access,
        ProgrammeInstaller installer,
        ProgrammeReader reader,
        CancellationToken cancellationToken)
    {
        var name = request.Name;
        if (request.TemplateId is { } templateId)
        {
            if (!ProgrammeTemplates.TryGet(templateId, out var template))
            {
                throw new DomainRuleException("templateId", $"No template '{templateId}'; the templates are {string.Join(", ", ProgrammeTemplates.Ids)}.", isNotFound: true);
            }

            name ??= template.Programme.Name;
        }

        var programme = await installer.CreateAsync(new NewProgramme(name, request.TemplateId, request.DurationMonths, request.Description, request.TimeZone), access.UserId, access.Email, cancellationToken);
        return TypedResults.Created($"/api/programmes/{Uri.EscapeDataString(programme.Id)}", await reader.GetAsync(programme.Id, cancellationToken));
    }

    private static async Task<Ok<ProgrammeSettings>> SettingsAsync(string id, ProgrammeReader reader, ProgrammeAuthoring authoring, CancellationToken cancellationToken)
    {
        await reader.RequireManagedAsync(id, cancellationToken);
        return TypedResults.Ok(await authoring.ReadSettingsAsync(id, cancellationToken));
    }

    private static async Task<Ok<ProgrammeDetails>> UpdateAsync(string id, ProgrammeSettings settings, UserAccess access, ProgrammeReader reader, ProgrammeAuthoring authoring, CancellationToken cancellationToken)
    {
        await reader.RequireManagedAsync(id, cancellationToken);
        await authoring.UpdateAsync(id, settings, access.Email, cancellationToken);
        return TypedResults.Ok(await reader.GetAsync(id, cancellationToken));
    }

    private static async Task<Ok<ProgrammeDetails>> ArchiveAsync(string id, bool archived, UserAccess access, ProgrammeAuthoring authoring, ProgrammeReader reader, CancellationToken cancellationToken)
    {
        await reader.RequireManagedAsync(id, cancellationToken);
        await authoring.SetArchivedAsync(id, archived, access.Email, cancellationToken);
        return TypedResults.Ok(await reader.GetAsync(id, cancellationToken));
    }

    private static async Task<Ok<ProgrammeDetails>> GetAsync(string id, ProgrammeReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.GetAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<DefinitionVersionInfo>>> ListVersionsAsync(string id, string definitionId, ProgrammeReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ListVersionsAsync(id, definitionId, cancellationToken));

    private static async Task<ContentHttpResult> GetVersionAsync(string id, string definitionId, int version, ProgrammeReader reader, CancellationToken cancellationToken) =>
        TypedResults.Text((await reader.GetVersionAsync(id, definitionId, version, cancellationToken)).Json, "application/json");

    private static async Task<Results<Created<PublishedVersion>, Ok<PublishedVersion>>> PublishAsync(
        string id,
        string definitionId,
        HttpRequest request,
        DefinitionEditor editor,
        CancellationToken cancellationToken)
    {
        var json = await RawBody.ReadAsync(request, "$", maxChars: null, cancellationToken);
        var published = await editor.PublishAsync(id, definitionId, json, cancellationToken);
        return published.IsNew
            ? TypedResults.Created($"/api/programmes/{Uri.EscapeDataString(id)}/definitions/{Uri.EscapeDataString(definitionId)}/versions/{published.Version}", published)
            : TypedResults.Ok(published);
    }

    private static async Task<Ok<SimulationResponse>> SimulateAsync(string id, SimulationBody body, SimulationPreviewer previewer, CancellationToken cancellationToken)
    {
        var result = await previewer.PreviewAsync(id, body.StartDate ?? default, body.Companies ?? 0, body.Coaches ?? 0, cancellationToken);
        return TypedResults.Ok(SimulationResponse.Of(result));
    }
}
