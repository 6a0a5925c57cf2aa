using Cohorts.Host.Access;
using Cohorts.Host.Manage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api.Manager;

/// <summary>Moving a programme's running journeys to another version of its definition (dry run, then migration).</summary>
internal static class MigrationEndpoints
{
    public static void MapMigrationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/programmes/{id}/definitions/{definitionId}/migrations", MigrateAsync)
            .RequireAuthorization(CohortsPolicies.Manager)
            .WithTags("Instances")
            .WithSummary("Moves journeys (instanceIds, a cohort's, or all on fromVersion) to targetVersion: with dryRun, each journey's plan (where each activity, signal and timer goes, what cannot move and why) and nothing changes; otherwise each movable journey moves in its own step, audited, and the others are listed with their reasons.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<MigrationOutcome>> MigrateAsync(string id, string definitionId, MigrationRequest request, JourneyMigrations migrations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await migrations.RunAsync(id, definitionId, request.ToOrder(), cancellationToken));
}
