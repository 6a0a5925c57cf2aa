using System.Globalization;
using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Reporting.Documents;
using Cohorts.Host.Reporting.Exports;
using Cohorts.Host.Reporting.FormSynthesis;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.TravelBook;

/// <summary>
/// A cohort's travel book (« cahier de voyage », docs/domain.md "CIME learning expedition") as Word and PDF, in the
/// reader's language: the visits, their analyses, the cross-cutting lessons. The programme's managers and the cohort's
/// funders (<see cref="ProgressAccess"/>), as for the cohort's other documents.
/// </summary>
internal static class TravelBookEndpoints
{
    private const string Language = " In the reader's language (?lang=en|fr or Accept-Language).";

    /// <summary>Maps <c>GET /cohorts/{cohortId}/travel-book.docx</c> and <c>.pdf</c> on the API's group.</summary>
    public static void MapTravelBookEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var book = api.MapGroup("/cohorts/{cohortId:guid}").WithTags("Travel book");
        book.MapGet("/travel-book.docx", GetDocxAsync)
            .WithSummary("The cohort's travel book as a Word document: its visits (date, host, town), each visit's analyses by its participants, and the cross-cutting lessons written by the organisers." + Language)
            .Produces(StatusCodes.Status200OK, contentType: DocxReportWriter.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        book.MapGet("/travel-book.pdf", GetPdfAsync)
            .WithSummary("The same travel book as a PDF." + Language)
            .Produces(StatusCodes.Status200OK, contentType: PdfReportWriter.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<FileContentHttpResult> GetDocxAsync(Guid cohortId, string? lang, UserAccess access, IDbContextFactory<CohortsDbContext> domain, IStringLocalizer<TravelBookText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (content, name, day) = await ReadAsync(cohortId, lang, access, domain, text, clock, cancellationToken);
        return TypedResults.File(DocxReportWriter.Write(content), DocxReportWriter.ContentType, ExportFileName.For(name, "travel-book", day, "docx"));
    }

    private static async Task<FileContentHttpResult> GetPdfAsync(Guid cohortId, string? lang, UserAccess access, IDbContextFactory<CohortsDbContext> domain, IStringLocalizer<TravelBookText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (content, name, day) = await ReadAsync(cohortId, lang, access, domain, text, clock, cancellationToken);
        return TypedResults.File(PdfReportWriter.Write(content), PdfReportWriter.ContentType, ExportFileName.For(name, "travel-book", day, "pdf"));
    }

    private static async Task<(ReportContent Content, string CohortName, DateOnly Day)> ReadAsync(Guid cohortId, string? lang, UserAccess access, IDbContextFactory<CohortsDbContext> domain, IStringLocalizer<TravelBookText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        FormSummaryQuery.UseLanguage(lang);
        await access.RequireProgressReaderAsync(cohortId, cancellationToken);
        var book = await new TravelBookReader(domain).ReadAsync(cohortId, cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var now = clock.GetUtcNow();
        var content = new TravelBookContentBuilder(text, new HumanText(culture, clock, book.TimeZone)).Build(book, culture.TwoLetterISOLanguageName, now);
        return (content, book.CohortName, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, book.TimeZone).DateTime));
    }
}
