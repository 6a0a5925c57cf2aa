using System.Globalization;
using Cohorts.Host.Api.Manager;
using Cohorts.Host.Localization;
using Cohorts.Host.Reporting.Documents;
using Cohorts.Host.Reporting.Exports;
using Cohorts.Host.Reporting.FormSynthesis;
using Cohorts.Workflows.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.TourSynthesis;

/// <summary>
/// A tour cohort's synthesis for the ministry (docs/domain.md, "Tournée de l'innovation"), as Word and PDF in the
/// reader's language: its programme's managers and the cohort's funders.
/// </summary>
internal static class TourSynthesisEndpoints
{
    public static void MapTourSynthesisEndpoints(this RouteGroupBuilder api)
    {
        var cohort = api.MapGroup("/cohorts/{id:guid}").WithTags("Forms");
        cohort.MapGet("/synthesis.docx", GetDocxAsync)
            .WithSummary($"A tour cohort's synthesis for the ministry as a Word document: stops held, companies met, needs questionnaires answered, the skills framework (skills sought ranked, by town and by sector) and the needs per theme, from the answers to the programme's form '{TourSynthesisReader.FormId}'; in the reader's language (?lang=en|fr or Accept-Language).")
            .Produces(StatusCodes.Status200OK, contentType: DocxReportWriter.ContentType)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        cohort.MapGet("/synthesis.pdf", GetPdfAsync)
            .WithSummary("The same synthesis as a PDF.")
            .Produces(StatusCodes.Status200OK, contentType: PdfReportWriter.ContentType)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static async Task<FileContentHttpResult> GetDocxAsync(Guid id, string? lang, TourSynthesisReader reader, IStringLocalizer<TourText> text, IStringLocalizer<SynthesisText> synthesis, TimeProvider clock, CancellationToken cancellationToken)
    {
        var content = await BuildAsync(id, lang, reader, text, synthesis, clock, cancellationToken);
        return TypedResults.File(DocxReportWriter.Write(content), DocxReportWriter.ContentType, FileName(clock, "docx"));
    }

    private static async Task<FileContentHttpResult> GetPdfAsync(Guid id, string? lang, TourSynthesisReader reader, IStringLocalizer<TourText> text, IStringLocalizer<SynthesisText> synthesis, TimeProvider clock, CancellationToken cancellationToken)
    {
        var content = await BuildAsync(id, lang, reader, text, synthesis, clock, cancellationToken);
        return TypedResults.File(PdfReportWriter.Write(content), PdfReportWriter.ContentType, FileName(clock, "pdf"));
    }

    private static async Task<ReportContent> BuildAsync(Guid id, string? lang, TourSynthesisReader reader, IStringLocalizer<TourText> text, IStringLocalizer<SynthesisText> synthesis, TimeProvider clock, CancellationToken cancellationToken)
    {
        FormSummaryQuery.UseLanguage(lang);
        var data = await reader.ReadAsync(id, cancellationToken);
        var human = new HumanText(CultureInfo.CurrentUICulture, clock, TimeZoneInfo.FindSystemTimeZoneById(data.TimeZoneId));
        return new TourSynthesisBuilder(text, synthesis, human).Build(data, clock.GetUtcNow());
    }

    private static string FileName(TimeProvider clock, string extension) =>
        ExportFileName.For(TourSynthesisReader.FormId, "synthesis", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), extension);
}
