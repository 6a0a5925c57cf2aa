using System.Net;
using System.Text;
using ClosedXML.Excel;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf.IO;

namespace Cohorts.Host.Tests.Metrics;

/// <summary>The metrics in the progress exports (CSV, Excel) and the funder report (Word, PDF), read back.</summary>
public sealed class MetricExportTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Csv_KpisAndMetricsTables_HoldTheMetricRowsWithFormulasEscaped()
    {
        var (_, cohortId) = await MetricData.SeedAsync(demo.Factory);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        var kpis = await CsvAsync(funder, $"/api/cohorts/{cohortId}/progress.csv?table=kpis");
        var metrics = await CsvAsync(funder, $"/api/cohorts/{cohortId}/progress.csv?table=metrics");

        Assert.True(kpis.Any(line => line.StartsWith("metric:jobs-created,15,", StringComparison.Ordinal)), string.Join(" / ", kpis));
        Assert.Contains(kpis, line => line.StartsWith("companiesEnrolled,", StringComparison.Ordinal));
        Assert.Equal("Metric,Label,Unit,Aggregation,Baseline,Current,Target,Percent,Forecast,Status,ProjectedReachOn,Answers", metrics[0]);
        Assert.True(metrics.Any(line => line.StartsWith("revenue,Revenue,EUR,latest,,3500,", StringComparison.Ordinal)), string.Join(" / ", metrics));
        Assert.Contains(metrics, line => line.StartsWith("headcount,\"'+Headcount\",,average,,6,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Workbook_HasAMetricsSheetInTheReadersLanguage()
    {
        var (_, cohortId) = await MetricData.SeedAsync(demo.Factory);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        using var response = await manager.GetAsync($"/api/cohorts/{cohortId}/progress.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("Indicateurs des réponses");
        Assert.Equal("Indicateur", sheet.Cell(1, 1).GetString());
        var jobs = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Emplois créés");
        Assert.Equal((10m, 15m), ((decimal)jobs.Cell(4).GetDouble(), (decimal)jobs.Cell(5).GetDouble()));
        Assert.Equal("total", jobs.Cell(3).GetString());
    }

    [Fact]
    public async Task Xlsx_MetricLabelStartingLikeAFormula_ExactTextWithTheQuotePrefix()
    {
        var (_, cohortId) = await MetricData.SeedAsync(demo.Factory);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.GetAsync($"/api/cohorts/{cohortId}/progress.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = XlsxCells.Read(await response.Content.ReadAsByteArrayAsync(), "Metrics");
        var headcount = cells.Single(c => c.Text == "+Headcount");
        Assert.True(headcount.IsText && headcount.QuotePrefix && !headcount.IsFormula, $"{headcount.Reference} should be quote-prefixed text.");
        var jobs = cells.Single(c => c.Text == "Jobs created");
        Assert.False(jobs.QuotePrefix);
        var numbers = cells.Where(c => c.Row == jobs.Row && !c.IsText).ToList();
        Assert.Contains(numbers, c => c.Text == "15");
        Assert.All(numbers, c => Assert.False(c.QuotePrefix));
    }

    [Fact]
    public async Task Reports_WordAndPdf_HoldAMetricsSectionAfterTheIndicators()
    {
        var (_, cohortId) = await MetricData.SeedAsync(demo.Factory);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        using var docx = await funder.GetAsync($"/api/cohorts/{cohortId}/report.docx");
        using var pdf = await funder.GetAsync($"/api/cohorts/{cohortId}/report.pdf");

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["Indicators", "Metrics", "Budget and co-funding"], headings.Take(3));
        var jobs = body.Descendants<TableRow>().Single(r => r.Elements<TableCell>().First().InnerText == "Jobs created (total)");
        Assert.Equal(["10\u00A0jobs", "15\u00A0jobs"], jobs.Elements<TableCell>().Skip(1).Take(2).Select(c => c.InnerText));
        var revenue = body.Descendants<TableRow>().Single(r => r.Elements<TableCell>().First().InnerText == "Revenue (latest values)");
        Assert.Contains("3,500", revenue.Elements<TableCell>().ElementAt(2).InnerText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        using var read = PdfReader.Open(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
        Assert.True(read.PageCount >= 1);
    }

    private static async Task<List<string>> CsvAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return [.. text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries)];
    }
}
