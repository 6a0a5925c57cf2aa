using Cohorts.Host.Access;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Reporting.Visitors;

/// <summary>
/// A cohort's visitors (docs/domain.md, "Semaine de l'Innovation"): each event's counted against expected, the total
/// against the target. Read by the programme's managers and the cohort's funders, as the progress.
/// </summary>
internal static class VisitorsEndpoints
{
    /// <summary>Maps <c>GET /cohorts/{cohortId}/visitors</c> on the API's group.</summary>
    public static void MapVisitorsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/cohorts/{cohortId:guid}/visitors", GetAsync)
            .WithTags("Progress")
            .WithSummary("A cohort's visitors: each event's visitors counted against those expected, and the total against the Visitors target as a signed percentage (gap 25 for 2,500 against 2,000). Managers of the programme and funders of the cohort.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<VisitorsResponse>> GetAsync(Guid cohortId, UserAccess access, IDbContextFactory<CohortsDbContext> domain, CancellationToken cancellationToken)
    {
        await access.RequireProgressReaderAsync(cohortId, cancellationToken);
        return TypedResults.Ok(VisitorsResponse.Of(cohortId, await new VisitorsReader(domain).ReadAsync(cohortId, cancellationToken)));
    }
}
