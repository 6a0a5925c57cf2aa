using Cohorts.Host.Access;
using Cohorts.Host.Api.Manager;
using Cohorts.Host.Events;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Api;

/// <summary>
/// The API's collective events: a cohort's events list (its programme's managers and the event organisers the programme
/// names), and naming those organisers. An event's details and outcome are the sessions routes (/api/sessions/{id}).
/// </summary>
internal static class EventsApi
{
    public static void MapEventsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/cohorts/{id:guid}/events", ListAsync)
            .WithTags("Events")
            .WithSummary("A cohort's collective events (visits, networking evenings, conferences...): date, kind, place, organiser, companies expected and present, visitors expected and counted, recorded or late. Filters: kind, when (past, upcoming); sort: date, kind, title, place (a leading '-' reverses); page, pageSize (at most 200). Managers of the programme and its named event organisers.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapPut("/programmes/{id}/event-organisers", NameOrganisersAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithTags("Events")
            .WithSummary("Names the programme's event organisers by e-mail address (replacing the list, at most 20): whoever signs in with one sees and records the events of the programme's cohorts.")
            .Accepts<EventOrganisersRequest>("application/json")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<EventList>> ListAsync(
        Guid id,
        string? kind,
        string? when,
        string? sort,
        int? page,
        int? pageSize,
        UserAccess access,
        IDbContextFactory<CohortsDbContext> domain,
        TimeProvider clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await new CohortEvents(domain, clock).ListAsync(access, id, new EventListQuery(kind, when, sort, page, pageSize), cancellationToken));

    private static async Task<Ok<EventOrganisersResponse>> NameOrganisersAsync(
        string id,
        EventOrganisersRequest request,
        UserAccess access,
        IDbContextFactory<CohortsDbContext> domain,
        TimeProvider clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(new EventOrganisersResponse(id, await new EventOrganiserSettings(access, domain, clock).NameAsync(id, request.Organisers, cancellationToken)));
}
