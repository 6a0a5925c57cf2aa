using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Metrics;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.Metrics;

/// <summary>
/// The metrics API (docs/domain.md, "Metrics"): a cohort's and a programme's metric KPIs, a chart per metric, and the
/// targets. Read by the programme's managers and the cohort's funders (<see cref="ProgressAccess"/>, as the progress);
/// targets set by the programme's managers.
/// </summary>
internal static class MetricEndpoints
{
    /// <summary>Maps the routes on the API's group.</summary>
    public static void MapMetricEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var metrics = api.MapGroup(string.Empty).WithTags("Metrics");
        metrics.MapGet("/cohorts/{cohortId:guid}/metrics", GetCohortAsync)
            .WithSummary("A cohort's metrics (number and amount questions declared as metrics): value, target, forecast at the end, status and monthly series. Managers of the programme and funders of the cohort.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        metrics.MapGet("/cohorts/{cohortId:guid}/metrics/{metricId}/chart.png", GetChartAsync)
            .WithSummary("A metric of a cohort over time as a PNG image: its monthly values, the forecast to the cohort's end and the target.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        metrics.MapGet("/programmes/{programmeId}/metrics", GetProgrammeAsync)
            .WithSummary("A programme's metrics across its cohorts (a funder sees the cohorts they fund): each cohort's value, target, forecast and status, and their total.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        metrics.MapPut("/programmes/{programmeId}/metrics/targets", SetProgrammeTargetsAsync)
            .WithSummary("Replaces a programme's metric targets (cohorts without their own follow them). The programme's managers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        metrics.MapPut("/cohorts/{cohortId:guid}/metrics/targets", SetCohortTargetsAsync)
            .WithSummary("Replaces a cohort's own metric targets, which win over the programme's (empty: the programme's). The programme's managers.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<CohortMetricsResponse>> GetCohortAsync(Guid cohortId, UserAccess access, MetricQueries queries, CancellationToken cancellationToken)
    {
        await access.RequireProgressReaderAsync(cohortId, cancellationToken);
        return TypedResults.Ok(MetricResponses.Cohort(await queries.ForCohortAsync(cohortId, cancellationToken)));
    }

    private static async Task<FileContentHttpResult> GetChartAsync(Guid cohortId, string metricId, HttpContext http, UserAccess access, MetricQueries queries, IStringLocalizer<MetricText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        await access.RequireProgressReaderAsync(cohortId, cancellationToken);
        var metrics = await queries.ForCohortAsync(cohortId, cancellationToken);
        var metric = metrics.Metrics.FirstOrDefault(m => m.Metric.Id == metricId)
            ?? throw new DomainRuleException("metricId", $"Cohort '{metrics.Cohort.Name}' has no metric '{metricId}'.", isNotFound: true);
        var human = MetricFormat.Human(metrics.Programme, clock);
        http.Response.Headers.CacheControl = "private, no-cache";
        return TypedResults.File(MetricChart.Render(metric, text, human), "image/png");
    }

    private static async Task<Ok<ProgrammeMetricsResponse>> GetProgrammeAsync(string programmeId, UserAccess access, IDbContextFactory<CohortsDbContext> domain, MetricQueries queries, CancellationToken cancellationToken)
    {
        var cohorts = await access.RequireProgrammeReaderAsync(domain, programmeId, cancellationToken);
        return TypedResults.Ok(MetricResponses.Programme(await queries.ForProgrammeAsync(programmeId, cohorts, cancellationToken)));
    }

    private static async Task<Ok<List<MetricTargetResponse>>> SetProgrammeTargetsAsync(string programmeId, MetricTargetsRequest request, UserAccess access, MetricTargetService targets, CancellationToken cancellationToken)
    {
        await access.RequireProgrammeManagerAsync(programmeId, cancellationToken);
        var set = await targets.SetProgrammeTargetsAsync(programmeId, request.Targets, access.Email, cancellationToken);
        return TypedResults.Ok(set.Select(t => new MetricTargetResponse(t.MetricId, t.Target)).ToList());
    }

    private static async Task<Ok<List<MetricTargetResponse>>> SetCohortTargetsAsync(Guid cohortId, MetricTargetsRequest request, UserAccess access, MetricTargetService targets, CancellationToken cancellationToken)
    {
        await access.RequireCohortManagerAsync(cohortId, cancellationToken);
        var set = await targets.SetCohortTargetsAsync(cohortId, request.Targets, access.Email, cancellationToken);
        return TypedResults.Ok(set.Select(t => new MetricTargetResponse(t.MetricId, t.Target)).ToList());
    }
}
