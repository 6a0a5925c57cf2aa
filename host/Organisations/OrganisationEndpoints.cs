using System.Globalization;
using Cohorts.Host.Api.Manager;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Organisations;

/// <summary>
/// The organisations directory (docs/domain.md, "Organisations") and what organisations are to programmes and events.
/// Who may do what is <see cref="OrganisationActions"/>'s to check.
/// </summary>
internal static class OrganisationEndpoints
{
    public static void MapOrganisationEndpoints(this RouteGroupBuilder api)
    {
        var directory = api.MapGroup("/organisations").WithTags("Organisations");
        directory.MapGet("/", ListAsync)
            .WithSummary("Lists the directory by name, a page at a time: ?q=words of the name, ?kind=Business|HigherEducation|Research|PublicBody|Chamber|Cluster|Association|Funder|Other, ?programmeId= and ?role=Partner|Funder|Organiser|Host|Member (linked to that programme, in that role), ?archived=true (archived ones too), ?page=1.., ?pageSize=1..100 (default 50). The total is in X-Total-Count; a Link header names the next page. Managers and administrators.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        directory.MapPost("/", AddAsync)
            .WithSummary("Adds an organisation: name (unique, spaces and case aside: 409 when taken), kind, town?, website? (absolute http/https), contacts? (at most 20: name, email?, role?). Managers and administrators; audited.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict);
        directory.MapGet("/{id:guid}", GetAsync)
            .WithSummary("Reads an organisation with its roles in programmes and the events it hosts and organises (counts and the latest ten). Managers and administrators.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        directory.MapPut("/{id:guid}", EditAsync)
            .WithSummary("Edits an organisation: every field, contacts included, is replaced. Managers and administrators; audited.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        directory.MapDelete("/{id:guid}", (Guid id, OrganisationActions actions, CancellationToken cancellationToken) => ArchiveAsync(id, true, actions, cancellationToken))
            .WithSummary("Archives an organisation: its links to programmes, events, coaches and companies stay; it takes no new one. Managers and administrators; audited.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        directory.MapPost("/{id:guid}/restore", (Guid id, OrganisationActions actions, CancellationToken cancellationToken) => ArchiveAsync(id, false, actions, cancellationToken))
            .WithSummary("Restores an archived organisation. Managers and administrators; audited.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        api.MapGet("/programmes/{id}/organisations", ProgrammeAsync)
            .WithTags("Organisations")
            .WithSummary("Lists a programme's organisations by role (Partner, Funder, Organiser, Host, Member) then name: its managers, and its cohorts' funders.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapPut("/programmes/{id}/organisations", ReplaceAsync)
            .WithTags("Organisations")
            .WithSummary("Replaces a programme's organisations with [{organisationId, role}] (at most 500; a newly linked organisation exists and is not archived), in one transaction. Its managers; audited.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapPost("/programmes/{id}/organisations", LinkAsync)
            .WithTags("Organisations")
            .WithSummary("Links an organisation to a programme in a role ({organisationId, role}); linked so already: nothing changes. Its managers; audited.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapDelete("/programmes/{id}/organisations/{organisationId:guid}", UnlinkAsync)
            .WithTags("Organisations")
            .WithSummary("Removes an organisation's link to a programme in ?role=Partner|Funder|Organiser|Host|Member (required). Its managers; audited.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapGet("/sessions/{id:guid}/organisations", EventAsync)
            .WithTags("Organisations")
            .WithSummary("Lists an event's host and organisers: whoever sees the event.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapPut("/sessions/{id:guid}/organisations", SetEventAsync)
            .WithTags("Organisations")
            .WithSummary("Sets an event's host and organisers ({hostId?, organiserIds?}, at most 20 in all), replacing the ones it had, on a collective event not yet held nor cancelled. Its programme's managers; audited.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<List<OrganisationResponse>>> ListAsync(
        OrganisationActions actions,
        HttpContext http,
        string? q,
        string? kind,
        string? programmeId,
        string? role,
        int? page,
        int? pageSize,
        bool? archived,
        CancellationToken cancellationToken)
    {
        var query = new OrganisationQuery(
            q,
            Parse<OrganisationKind>(kind, "kind"),
            string.IsNullOrWhiteSpace(programmeId) ? null : programmeId.Trim(),
            Parse<ProgrammeOrganisationRole>(role, "role"),
            page ?? 1,
            pageSize ?? OrganisationQuery.DefaultPageSize,
            archived ?? false);
        var found = await actions.ListAsync(query, cancellationToken);
        http.Response.Headers["X-Total-Count"] = found.Total.ToString(CultureInfo.InvariantCulture);
        if (found.HasNext)
        {
            http.Response.Headers.Link = $"</api/organisations{Link(query with { Page = query.Page + 1 })}>; rel=\"next\"";
        }

        return TypedResults.Ok(found.Items.Select(OrganisationResponse.Of).ToList());
    }

    private static async Task<Created<OrganisationResponse>> AddAsync(OrganisationRequest request, OrganisationActions actions, CancellationToken cancellationToken)
    {
        var added = await actions.AddAsync(request.ToInput(), cancellationToken);
        return TypedResults.Created($"/api/organisations/{added.Id}", OrganisationResponse.Of(added));
    }

    private static async Task<Ok<OrganisationDetailsResponse>> GetAsync(Guid id, OrganisationActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok(OrganisationDetailsResponse.Of(await actions.GetAsync(id, cancellationToken)));

    private static async Task<Ok<OrganisationResponse>> EditAsync(Guid id, OrganisationRequest request, OrganisationActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok(OrganisationResponse.Of(await actions.EditAsync(id, request.ToInput(), cancellationToken)));

    private static async Task<Ok<OrganisationResponse>> ArchiveAsync(Guid id, bool archive, OrganisationActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok(OrganisationResponse.Of(await actions.ArchiveAsync(id, archive, cancellationToken)));

    private static async Task<Ok<IReadOnlyList<LinkedOrganisation>>> ProgrammeAsync(string id, OrganisationActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await actions.ListProgrammeAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<LinkedOrganisation>>> ReplaceAsync(string id, IReadOnlyList<ProgrammeOrganisationRequest?> request, OrganisationActions actions, CancellationToken cancellationToken)
    {
        var problems = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < request.Count && i <= OrganisationLimits.MaxPerProgramme; i++)
        {
            if (request[i] is not { } link)
            {
                problems.Add(new($"[{i}]", "Give an organisation and its role here, not null."));
                continue;
            }

            if (link.OrganisationId is null)
            {
                problems.Add(new($"[{i}].organisationId", "Give the organisation's id."));
            }

            if (link.Role is null)
            {
                problems.Add(new($"[{i}].role", $"Give its role: {string.Join(", ", Enum.GetNames<ProgrammeOrganisationRole>())}."));
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems);
        }

        return TypedResults.Ok(await actions.ReplaceProgrammeAsync(id, [.. request.Select(l => new ProgrammeOrganisationLink(l!.OrganisationId!.Value, l.Role!.Value))], cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<LinkedOrganisation>>> LinkAsync(string id, ProgrammeOrganisationRequest request, OrganisationActions actions, CancellationToken cancellationToken)
    {
        var organisationId = request.OrganisationId ?? throw new DomainRuleException("organisationId", "Give the organisation's id.");
        var role = request.Role ?? throw new DomainRuleException("role", $"Give its role: {string.Join(", ", Enum.GetNames<ProgrammeOrganisationRole>())}.");
        return TypedResults.Ok(await actions.LinkProgrammeAsync(id, new ProgrammeOrganisationLink(organisationId, role), cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<LinkedOrganisation>>> UnlinkAsync(string id, Guid organisationId, string? role, OrganisationActions actions, CancellationToken cancellationToken)
    {
        var parsed = Parse<ProgrammeOrganisationRole>(role, "role") ?? throw new DomainRuleException("role", $"Give the role to remove: ?role={string.Join("|", Enum.GetNames<ProgrammeOrganisationRole>())}.");
        return TypedResults.Ok(await actions.UnlinkProgrammeAsync(id, organisationId, parsed, cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<LinkedOrganisation>>> EventAsync(Guid id, OrganisationActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await actions.ListEventAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<LinkedOrganisation>>> SetEventAsync(Guid id, EventOrganisationsRequest request, OrganisationActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await actions.SetEventAsync(id, new EventOrganisationsInput(request.HostId, request.OrganiserIds), cancellationToken));

    private static TEnum? Parse<TEnum>(string? text, string field)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return EnumNames.TryParse<TEnum>(text, out var value)
            ? value
            : throw new DomainRuleException(field, $"Expected one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }

    private static string Link(OrganisationQuery query)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", query.Search);
        Add("kind", query.Kind?.ToString());
        Add("programmeId", query.ProgrammeId);
        Add("role", query.Role?.ToString());
        Add("archived", query.IncludeArchived ? "true" : null);
        Add("page", query.Page.ToString(CultureInfo.InvariantCulture));
        Add("pageSize", query.PageSize.ToString(CultureInfo.InvariantCulture));
        return "?" + string.Join('&', parts);
    }
}
