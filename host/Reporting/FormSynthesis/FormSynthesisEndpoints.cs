using System.Globalization;
using Cohorts.Host.Api.Manager;
using Cohorts.Host.Localization;
using Cohorts.Host.Reporting.Documents;
using Cohorts.Host.Reporting.Exports;
using Cohorts.Workflows.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.FormSynthesis;

/// <summary>
/// A form's answers summed up (docs/domain.md, "Answers: summary and synthesis"): the summary as JSON, CSV and XLSX,
/// and the synthesis as Word and PDF in the reader's language. The programme's managers, and funders for the cohorts
/// they fund.
/// </summary>
internal static class FormSynthesisEndpoints
{
    private const string Filters = " Query: cohortId (one cohort), sessionId (the answers about one event: an OpenLab conference's retour à froid), by (cohort, town, sector or a single-choice question's id), q (lists only the texts containing it, case and accents ignored).";

    public static void MapFormSynthesisEndpoints(this RouteGroupBuilder api)
    {
        var answers = api.MapGroup("/programmes/{id}/forms/{formId}/answers").WithTags("Forms");
        answers.MapGet("/summary", GetSummaryAsync)
            .WithSummary("Sums up a form's answers per question of its latest version: counts and shares per option, mean, median, spread of numbers (amounts per currency), yes/no counts, earliest and latest dates, texts (the 200 most recent per question)." + Filters)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        answers.MapGet("/summary.csv", GetCsvAsync)
            .WithSummary("The summary as a CSV table (one line per question and group, then per option, currency, date or text)." + Filters)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        answers.MapGet("/summary.xlsx", GetXlsxAsync)
            .WithSummary("The summary as an Excel workbook, headers in the reader's language (?lang=en|fr or Accept-Language)." + Filters)
            .Produces(StatusCodes.Status200OK, contentType: SummaryFiles.WorkbookType)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        answers.MapGet("/synthesis.docx", GetDocxAsync)
            .WithSummary("The synthesis of a form's answers as a Word document: how many were asked and answered, per question its aggregates and charts, and quotes of the texts; in the reader's language (?lang=en|fr or Accept-Language)." + Filters)
            .Produces(StatusCodes.Status200OK, contentType: DocxReportWriter.ContentType)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        answers.MapGet("/synthesis.pdf", GetPdfAsync)
            .WithSummary("The same synthesis as a PDF." + Filters)
            .Produces(StatusCodes.Status200OK, contentType: PdfReportWriter.ContentType)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<SummaryResponse>> GetSummaryAsync(string id, string formId, Guid? cohortId, Guid? sessionId, string? by, string? q, FormSummaryQuery query, CancellationToken cancellationToken)
    {
        var (scope, summary) = await query.RunAsync(id, formId, cohortId, sessionId, by, q, cancellationToken);
        return TypedResults.Ok(SummaryResponse.Of(scope, summary));
    }

    private static async Task<FileContentHttpResult> GetCsvAsync(string id, string formId, Guid? cohortId, Guid? sessionId, string? by, string? q, string? lang, FormSummaryQuery query, IStringLocalizer<SynthesisText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        FormSummaryQuery.UseLanguage(lang);
        var (_, summary) = await query.RunAsync(id, formId, cohortId, sessionId, by, q, cancellationToken);
        var rows = SummaryRows.Of(summary, new SummaryLabels(summary, text, CultureInfo.CurrentUICulture));
        return TypedResults.File(SummaryFiles.Csv(rows), "text/csv", FileName(formId, "summary", clock, "csv"));
    }

    private static async Task<FileContentHttpResult> GetXlsxAsync(string id, string formId, Guid? cohortId, Guid? sessionId, string? by, string? q, string? lang, FormSummaryQuery query, IStringLocalizer<SynthesisText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        FormSummaryQuery.UseLanguage(lang);
        var (_, summary) = await query.RunAsync(id, formId, cohortId, sessionId, by, q, cancellationToken);
        var rows = SummaryRows.Of(summary, new SummaryLabels(summary, text, CultureInfo.CurrentUICulture));
        return TypedResults.File(SummaryFiles.Workbook(rows, text), SummaryFiles.WorkbookType, FileName(formId, "summary", clock, "xlsx"));
    }

    private static async Task<FileContentHttpResult> GetDocxAsync(string id, string formId, Guid? cohortId, Guid? sessionId, string? by, string? q, string? lang, FormSummaryQuery query, IStringLocalizer<SynthesisText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var content = await SynthesisAsync(id, formId, cohortId, sessionId, by, q, lang, query, text, clock, cancellationToken);
        return TypedResults.File(DocxReportWriter.Write(content), DocxReportWriter.ContentType, FileName(formId, "synthesis", clock, "docx"));
    }

    private static async Task<FileContentHttpResult> GetPdfAsync(string id, string formId, Guid? cohortId, Guid? sessionId, string? by, string? q, string? lang, FormSummaryQuery query, IStringLocalizer<SynthesisText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var content = await SynthesisAsync(id, formId, cohortId, sessionId, by, q, lang, query, text, clock, cancellationToken);
        return TypedResults.File(PdfReportWriter.Write(content), PdfReportWriter.ContentType, FileName(formId, "synthesis", clock, "pdf"));
    }

    private static async Task<ReportContent> SynthesisAsync(string id, string formId, Guid? cohortId, Guid? sessionId, string? by, string? q, string? lang, FormSummaryQuery query, IStringLocalizer<SynthesisText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        FormSummaryQuery.UseLanguage(lang);
        var (scope, summary) = await query.RunAsync(id, formId, cohortId, sessionId, by, q, cancellationToken);
        var human = new HumanText(CultureInfo.CurrentUICulture, clock);
        return new SynthesisContentBuilder(text, human).Build(scope, summary, clock.GetUtcNow());
    }

    private static string FileName(string formId, string part, TimeProvider clock, string extension) =>
        ExportFileName.For(formId, part, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), extension);
}
