using System.Net;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf.IO;

namespace Cohorts.Host.Tests.Reporting;

/// <summary>The progress report documents (Word and PDF) read back with the libraries that wrote them.</summary>
public sealed class ReportDocumentTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task Docx_DemoFunder_HoldsTheCohortsNameAndTheIndicatorsTarget()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        var progress = await (await client.GetAsync($"/api/cohorts/{cohort.Id}/progress")).JsonAsync();
        var target = progress.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("kpi").GetString() == "sessionsHeld").GetProperty("target").GetDecimal();

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/report.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WordType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("les-batisseurs-report-2026-03-16.docx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Equal(cohort.Name, document.PackageProperties.Title);
        var title = body.Elements<Paragraph>().First();
        Assert.Equal("Title", title.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        Assert.Equal(cohort.Name, title.InnerText);
        var headings = Headings(body);
        Assert.Equal(["Indicators", "Budget and co-funding", "Companies", "Milestones and decisions", "Attendance"], headings);
        var row = body.Descendants<TableRow>().Single(r => r.Elements<TableCell>().First().InnerText == "Sessions and events held");
        var cells = row.Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal($"{target:0} sessions", cells[2]);
        var companies = progress.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.All(companies, name => Assert.Contains(body.Descendants<TableRow>(), r => r.Elements<TableCell>().First().InnerText == name));
        Assert.Equal(2, document.MainDocumentPart.ImageParts.Count());
        Assert.Equal(2, body.Descendants<Drawing>().Count());
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public async Task Docx_French_HasFrenchHeadings()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/report.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Equal(["Indicateurs", "Budget et cofinancement", "Entreprises", "Jalons et décisions", "Présence"], Headings(body));
        Assert.Contains(body.Descendants<TableRow>(), r => r.Elements<TableCell>().First().InnerText == "Indicateur");
        var sessions = body.Descendants<TableRow>().Single(r => r.Elements<TableCell>().First().InnerText == "Séances et événements tenus");
        Assert.EndsWith("\u00a0séances", sessions.Elements<TableCell>().ElementAt(2).InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_DemoFunder_OpensWithPagesAndTheCohortsNameAsTitle()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/report.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("les-batisseurs-report-2026-03-16.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var raw = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-", raw, StringComparison.Ordinal);
        Assert.Contains("/FontFile2", raw, StringComparison.Ordinal);
        Assert.Contains("DejaVu#20Sans", raw, StringComparison.Ordinal);
        Assert.Contains("/Subtype/Image", raw, StringComparison.Ordinal);
        using var stream = new MemoryStream(bytes);
        using var pdf = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        Assert.True(pdf.PageCount >= 1);
        Assert.Equal(cohort.Name, pdf.Info.Title);
    }

    [Fact]
    public async Task Pdf_Manager_InFrench_Opens()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/report.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var pdf = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        Assert.True(pdf.PageCount >= 1);
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("report.docx")]
    public async Task Reports_CoachOfTheCohort_Answers403(string path)
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/{path}");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("report.docx")]
    public async Task Reports_UnknownCohort_Answers404NamingCohortId(string path)
    {
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        using var response = await client.GetAsync($"/api/cohorts/{Guid.NewGuid()}/{path}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "cohortId");
    }

    [Theory]
    [InlineData(TestAccounts.Funder, "/funder/progress")]
    [InlineData(TestAccounts.Manager, "/manage/cohorts/{0}/progress")]
    public async Task ProgressPages_LinkToBothReports(string email, string page)
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreatePageClientAsync(email);

        var html = await client.GetStringAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, cohort.Id));

        Assert.Contains($"/api/cohorts/{cohort.Id}/report.pdf", html, StringComparison.Ordinal);
        Assert.Contains($"/api/cohorts/{cohort.Id}/report.docx", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FileName_CohortNameWithQuotesAndLineBreaks_KeepsLettersDigitsAndHyphens()
    {
        var name = Cohorts.Host.Reporting.Exports.ExportFileName.For("Promo \"A\"\r\nX-2026; é", "report", new DateOnly(2026, 3, 16), "pdf");

        Assert.Equal("promo-a-x-2026-e-report-2026-03-16.pdf", name);
    }

    private static List<string> Headings(Body body) =>
        [.. body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText)];
}
