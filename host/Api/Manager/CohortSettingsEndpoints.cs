using Cohorts.Host.Access;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api.Manager;

/// <summary>A cohort's own targets and its archiving, for the managers of its programme.</summary>
internal static class CohortSettingsEndpoints
{
    public static void MapCohortSettingsEndpoints(this RouteGroupBuilder api)
    {
        var cohorts = api.MapGroup("/cohorts/{id:guid}").WithTags("Cohorts").RequireAuthorization(CohortsPolicies.Manager);
        cohorts.MapPut("/targets", SetTargetsAsync)
            .WithSummary("Sets the cohort's own targets by indicator name, replacing those it had ({} goes back to the programme's); progress reports use them over the programme's.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        cohorts.MapPost("/archive", (Guid id, UserAccess access, CohortSettingsService settings, CancellationToken cancellationToken) => ArchiveAsync(id, true, access, settings, cancellationToken))
            .WithSummary("Archives the cohort: kept, hidden from everyday lists (listed with ?archived=true). Again: nothing changes.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        cohorts.MapPost("/restore", (Guid id, UserAccess access, CohortSettingsService settings, CancellationToken cancellationToken) => ArchiveAsync(id, false, access, settings, cancellationToken))
            .WithSummary("Restores an archived cohort to the everyday lists.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<CohortSettingsResponse>> SetTargetsAsync(Guid id, CohortTargetsRequest request, UserAccess access, CohortSettingsService settings, CancellationToken cancellationToken)
    {
        var cohortAccess = await access.RequireCohortManagerAsync(id, cancellationToken);
        if (request.Targets is null)
        {
            throw new DomainRuleException("targets", "The targets are required: {} goes back to the programme's.");
        }

        var cohort = await settings.SetTargetsAsync(id, request.Targets, access.Email, cancellationToken);
        return TypedResults.Ok(CohortSettingsResponse.Of(cohort, cohortAccess.Programme));
    }

    private static async Task<Ok<CohortSettingsResponse>> ArchiveAsync(Guid id, bool archived, UserAccess access, CohortSettingsService settings, CancellationToken cancellationToken)
    {
        var cohortAccess = await access.RequireCohortManagerAsync(id, cancellationToken);
        var cohort = await settings.SetArchivedAsync(id, archived, access.Email, cancellationToken);
        return TypedResults.Ok(CohortSettingsResponse.Of(cohort, cohortAccess.Programme));
    }
}
