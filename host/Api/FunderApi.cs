using Cohorts.Host.Access;
using Cohorts.Host.Api.Funder;

namespace Cohorts.Host.Api;

/// <summary>
/// The API's funder endpoints: a cohort's progress against its targets (JSON, CSV, Excel, PNG charts), milestones and
/// their decisions, and the cohorts a funder funds. Progress is for the programme's managers and the cohort's funders
/// (a coach is refused: see <see cref="Reporting.ProgressAccess"/>); milestones are read by anyone with a part in the
/// cohort (a coach only their companies') and decided by the reviewer each names.
/// </summary>
internal static class FunderApi
{
    public static void MapFunderApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var cohort = api.MapGroup("/cohorts/{cohortId:guid}");
        var progress = cohort.MapGroup(string.Empty).WithTags("Progress");
        progress.MapGet("/progress", ProgressEndpoints.GetAsync)
            .WithSummary("A cohort's progress against its targets: indicators (current, target, forecast, on track), each company, co-funding. Managers of the programme and funders of the cohort.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        progress.MapGet("/progress.csv", ProgressEndpoints.GetCsvAsync)
            .WithSummary("The progress as CSV: ?table=companies (default: one line per company) or ?table=kpis (one line per indicator).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        progress.MapGet("/progress.xlsx", ProgressEndpoints.GetWorkbookAsync)
            .WithSummary("The progress as an Excel workbook: worksheets \"KPIs\" and \"Companies\", headers in the request's language.")
            .Produces(StatusCodes.Status200OK, contentType: ProgressEndpoints.WorkbookType)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        progress.MapGet("/charts/{chart}.png", ProgressEndpoints.GetChartAsync)
            .WithSummary("A progress chart as a PNG image, labels in the request's language: kpis (each indicator's % of its target) or sessions (planned and held per month).")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cohort.MapGet("/milestones", MilestoneEndpoints.ListAsync)
            .WithTags("Milestones")
            .WithSummary("A cohort's milestones and their decisions, by due date (a coach sees only their companies').")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        var milestone = api.MapGroup("/milestones/{milestoneId:guid}").WithTags("Milestones");
        milestone.MapGet(string.Empty, MilestoneEndpoints.GetAsync)
            .WithSummary("A milestone and its decisions.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        milestone.MapPost("/decision", MilestoneEndpoints.DecideAsync)
            .WithSummary("Decides a milestone: passed, needsWork (with newDueAt) or failed (reason required unless passed). Only the reviewer it names: a funder of the cohort or a manager of the programme.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/funder/cohorts", ProgressEndpoints.FundedCohortsAsync)
            .RequireAuthorization(CohortsPolicies.Funder)
            .WithTags("Progress")
            .WithSummary("The cohorts the signed-in funder funds, with its share.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapReportEndpoints();
    }
}
