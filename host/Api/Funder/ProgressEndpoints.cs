using System.Globalization;
using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Reporting;
using Cohorts.Host.Reporting.Charts;
using Cohorts.Host.Reporting.Exports;
using Cohorts.Host.Reporting.Metrics;
using Cohorts.Workflows.Metrics;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Api.Funder;

/// <summary>The progress endpoints: JSON, CSV, Excel, charts, and a funder's cohorts.</summary>
internal static class ProgressEndpoints
{
    public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<Ok<ProgressResponse>> GetAsync(Guid cohortId, UserAccess access, ProgressReader reader, Manage.CohortListCache lists, CancellationToken cancellationToken)
    {
        var (progress, rights) = await ReadAsync(cohortId, access, reader, cancellationToken, lists);
        return TypedResults.Ok(FunderResponses.Progress(progress, rights.FunderId));
    }

    public static async Task<FileContentHttpResult> GetCsvAsync(Guid cohortId, string? table, UserAccess access, ProgressReader reader, MetricQueries metrics, CancellationToken cancellationToken)
    {
        var (progress, _) = await ReadAsync(cohortId, access, reader, cancellationToken);
        var (bytes, part) = (table ?? "companies").ToLowerInvariant() switch
        {
            "companies" => (ProgressCsv.Companies(ProgressRows.Companies(progress)), "companies"),
            "kpis" => (ProgressCsv.Kpis(ProgressRows.Kpis(progress).Concat(MetricCsv.KpiRows(await metrics.ForCohortAsync(cohortId, cancellationToken)))), "kpis"),
            MetricCsv.Table => (MetricCsv.Write(await metrics.ForCohortAsync(cohortId, cancellationToken)), MetricCsv.Table),
            _ => throw new DomainRuleException("table", $"No table '{table}': say {string.Join(" or ", ProgressCsv.Tables)}."),
        };
        return TypedResults.File(bytes, "text/csv; charset=utf-8", ExportFileName.For(progress.Cohort.Name, part, Today(progress), "csv"));
    }

    public static async Task<FileContentHttpResult> GetWorkbookAsync(Guid cohortId, UserAccess access, ProgressReader reader, IStringLocalizer<FunderText> text, MetricQueries metrics, IStringLocalizer<MetricText> metricText, CancellationToken cancellationToken)
    {
        var (progress, _) = await ReadAsync(cohortId, access, reader, cancellationToken);
        var cohortMetrics = await metrics.ForCohortAsync(cohortId, cancellationToken);
        return TypedResults.File(ProgressWorkbook.Write(progress, text, workbook => MetricSheet.Add(workbook, cohortMetrics, metricText)), WorkbookType, ExportFileName.For(progress.Cohort.Name, null, Today(progress), "xlsx"));
    }

    public static async Task<FileContentHttpResult> GetChartAsync(Guid cohortId, string chart, HttpContext http, UserAccess access, ProgressReader reader, IStringLocalizer<FunderText> text, CancellationToken cancellationToken)
    {
        await access.RequireProgressReaderAsync(cohortId, cancellationToken);
        ProgressCharts.RequireKnown(chart);
        var progress = await reader.ReadAsync(cohortId, cancellationToken);
        var png = ProgressCharts.Render(chart, progress, text, CultureInfo.CurrentUICulture);

        // The figures change with every outcome recorded: the browser asks again each time.
        http.Response.Headers.CacheControl = "private, no-cache";
        return TypedResults.File(png, "image/png");
    }

    public static async Task<Ok<List<FundedCohortResponse>>> FundedCohortsAsync(UserAccess access, IDbContextFactory<CohortsDbContext> domain, bool? archived, CancellationToken cancellationToken)
    {
        var funders = await access.GetFunderRecordsAsync(cancellationToken);
        var cohortIds = funders.Select(f => f.CohortId).ToList();
        var all = archived ?? false;
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id) && (all || c.ArchivedAt == null)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var programmeIds = cohorts.Values.Select(c => c.ProgrammeId).Distinct().ToList();
        var programmes = await db.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return TypedResults.Ok(funders
            .Where(f => cohorts.ContainsKey(f.CohortId))
            .Select(f => (Funder: f, Cohort: cohorts[f.CohortId]))
            .OrderBy(x => x.Cohort.StartDate)
            .ThenBy(x => x.Cohort.Name, StringComparer.Ordinal)
            .Select(x => new FundedCohortResponse(x.Cohort.Id, x.Cohort.Name, x.Cohort.ProgrammeId, programmes.GetValueOrDefault(x.Cohort.ProgrammeId, x.Cohort.ProgrammeId), x.Cohort.StartDate, x.Cohort.EndDate, x.Funder.Id, x.Funder.Name, x.Funder.Share))
            .ToList());
    }

    private static async Task<(CohortProgress Progress, CohortAccess Rights)> ReadAsync(Guid cohortId, UserAccess access, ProgressReader reader, CancellationToken cancellationToken, Manage.CohortListCache? lists = null)
    {
        var rights = await access.RequireProgressReaderAsync(cohortId, lists, cancellationToken);
        return (await reader.ReadAsync(cohortId, cancellationToken), rights);
    }

    private static DateOnly Today(CohortProgress progress)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(progress.Programme.TimeZoneId);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(progress.Report.At, zone).DateTime);
    }
}
