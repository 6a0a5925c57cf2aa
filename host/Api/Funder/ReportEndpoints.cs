using System.Globalization;
using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Reporting;
using Cohorts.Host.Reporting.Documents;
using Cohorts.Host.Reporting.Exports;
using Cohorts.Host.Reporting.Metrics;
using Cohorts.Workflows.Metrics;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Api.Funder;

/// <summary>
/// The funder's progress report of a cohort as documents, written by the server in the request's language: Word
/// (<c>report.docx</c>) and PDF (<c>report.pdf</c>). The same readers as the progress (<see cref="ProgressAccess"/>).
/// </summary>
internal static class ReportEndpoints
{
    /// <summary>Maps <c>GET /cohorts/{cohortId}/report.pdf</c> and <c>/report.docx</c> on the API's group.</summary>
    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var reports = api.MapGroup("/cohorts/{cohortId:guid}").WithTags("Progress");
        reports.MapGet("/report.pdf", GetPdfAsync)
            .WithSummary("The funder's progress report of a cohort as a PDF, in the request's language: indicators with target and forecast, budget and co-funding, companies, milestones and their decisions, attendance. Managers of the programme and funders of the cohort.")
            .Produces(StatusCodes.Status200OK, contentType: PdfReportWriter.ContentType)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        reports.MapGet("/report.docx", GetDocxAsync)
            .WithSummary("The same progress report as a Word document an organiser can edit.")
            .Produces(StatusCodes.Status200OK, contentType: DocxReportWriter.ContentType)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<FileContentHttpResult> GetPdfAsync(Guid cohortId, UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, ProgressReader reader, IStringLocalizer<ReportText> text, IStringLocalizer<FunderText> labels, MetricQueries metrics, IStringLocalizer<MetricText> metricText, IStringLocalizer<VisitorsText> visitorText, CancellationToken cancellationToken)
    {
        var (content, name, day) = await ReadAsync(cohortId, access, domain, clock, reader, text, labels, (metrics, metricText), visitorText, cancellationToken);
        return TypedResults.File(PdfReportWriter.Write(content), PdfReportWriter.ContentType, ExportFileName.For(name, "report", day, "pdf"));
    }

    private static async Task<FileContentHttpResult> GetDocxAsync(Guid cohortId, UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, ProgressReader reader, IStringLocalizer<ReportText> text, IStringLocalizer<FunderText> labels, MetricQueries metrics, IStringLocalizer<MetricText> metricText, IStringLocalizer<VisitorsText> visitorText, CancellationToken cancellationToken)
    {
        var (content, name, day) = await ReadAsync(cohortId, access, domain, clock, reader, text, labels, (metrics, metricText), visitorText, cancellationToken);
        return TypedResults.File(DocxReportWriter.Write(content), DocxReportWriter.ContentType, ExportFileName.For(name, "report", day, "docx"));
    }

    private static async Task<(ReportContent Content, string CohortName, DateOnly Day)> ReadAsync(Guid cohortId, UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, ProgressReader reader, IStringLocalizer<ReportText> text, IStringLocalizer<FunderText> labels, (MetricQueries Queries, IStringLocalizer<MetricText> Text) metrics, IStringLocalizer<VisitorsText> visitorText, CancellationToken cancellationToken)
    {
        await access.RequireProgressReaderAsync(cohortId, cancellationToken);
        var progress = await reader.ReadAsync(cohortId, cancellationToken);
        var milestones = await new MilestoneReader(domain).ForCohortAsync(cohortId, null, cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(progress.Programme.TimeZoneId);
        var human = new HumanText(CultureInfo.CurrentUICulture, clock, zone);
        var metricSection = MetricReportSection.Build(await metrics.Queries.ForCohortAsync(cohortId, cancellationToken), metrics.Text, labels, human);
        var visitorSection = Reporting.Visitors.VisitorsReportSection.Build(await new Reporting.Visitors.VisitorsReader(domain).ReadAsync(cohortId, cancellationToken), visitorText, human);
        var content = new ReportContentBuilder(text, labels, human).Build(progress, milestones, metricSection, visitorSection);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(progress.Report.At, zone).DateTime);
        return (content, progress.Cohort.Name, day);
    }
}
