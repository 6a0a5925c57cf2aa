using Cohorts.Host.Access;
using Cohorts.Host.Manage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api.Manager;

/// <summary>Workflow instances: a timeline from the execution log, incidents, retrying, skipping or cancelling.</summary>
internal static class InstanceEndpoints
{
    public static void MapInstanceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/instances/{id:guid}/timeline", TimelineAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithTags("Instances")
            .WithSummary("An instance's timeline from its execution log (activities started, completed, faulted) and its incidents.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapGet("/incidents", IncidentsAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithTags("Instances")
            .WithSummary("The open incidents of the faulted instances of the user's programmes: activity, message, time.");
        api.MapPost("/instances/{id:guid}/retry", RetryAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithTags("Instances")
            .WithSummary("Retries a faulted instance from the activity that faulted.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapPost("/instances/{id:guid}/cancel", CancelAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithTags("Instances")
            .WithSummary("Cancels a journey with a reason: its sessions to come and undecided milestones are cancelled, its incident resolved, audited.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapPost("/instances/{id:guid}/skip", SkipAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithTags("Instances")
            .WithSummary("Skips the step a faulted journey stopped in, with a reason: it completes with its default outcome and the journey goes on; audited.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<InstanceTimeline>> TimelineAsync(Guid id, InstanceReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.TimelineAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<IncidentView>>> IncidentsAsync(InstanceReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ListIncidentsAsync(cancellationToken));

    private static async Task<Ok<RetryOutcome>> CancelAsync(Guid id, ReasonRequest request, InstanceReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.CancelAsync(id, request.Reason, cancellationToken));

    private static async Task<Ok<RetryOutcome>> SkipAsync(Guid id, ReasonRequest request, InstanceReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.SkipAsync(id, request.Reason, cancellationToken));

    private static async Task<Ok<RetryOutcome>> RetryAsync(Guid id, InstanceReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.RetryAsync(id, cancellationToken));
}
