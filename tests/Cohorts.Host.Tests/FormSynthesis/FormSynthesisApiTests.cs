using System.Net;
using System.Text;
using ClosedXML.Excel;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf.IO;

namespace Cohorts.Host.Tests.FormSynthesis;

/// <summary>A form's answers summed up through the API, as JSON, CSV, XLSX, Word and PDF (read back with the libraries that wrote them).</summary>
public sealed class FormSynthesisApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>, IAsyncLifetime
{
    private string _programme = string.Empty;
    private Guid _cohort;

    public async Task InitializeAsync()
    {
        var (programme, cohort, _) = await demo.Factory.SeedOnceAsync();
        (_programme, _cohort) = (programme, cohort);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Summary_Manager_CountsSharesSpreadsAndTexts()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var summary = await (await manager.GetAsync(Url("summary"))).JsonAsync();

        Assert.Equal((4, 3, 1), (summary.GetProperty("asked").GetInt32(), summary.GetProperty("answered").GetInt32(), summary.GetProperty("version").GetInt32()));
        var questions = summary.GetProperty("all").GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("questionId").GetString()!);
        var useful = questions["useful"].GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("optionId").GetString()!, o => o.GetProperty("count").GetInt32());
        Assert.Equal(2, useful["yes-very"]);
        Assert.Equal(11.0 / 3, questions["rating"].GetProperty("numbers").GetProperty("mean").GetDouble(), 6);
        Assert.Equal(2000.0, questions["budget"].GetProperty("amounts")[0].GetProperty("stats").GetProperty("median").GetDouble());
        Assert.Equal((2, 1), (questions["again"].GetProperty("yes").GetInt32(), questions["again"].GetProperty("no").GetInt32()));
        Assert.Equal((2, 1), (questions["understood"].GetProperty("answered").GetInt32(), questions["understood"].GetProperty("skipped").GetInt32()));
    }

    [Fact]
    public async Task Summary_ByAChoiceAndASearch_GroupsAndListsOnlyMatchingTexts()
    {
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);

        var summary = await (await funder.GetAsync(Url("summary") + $"?by=useful&q=ECOLE&cohortId={_cohort}")).JsonAsync();

        Assert.Equal(["yes-very", "not-really"], summary.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()));
        var texts = summary.GetProperty("all").GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("questionId").GetString() == "understood").GetProperty("texts");
        Assert.Contains("école", Assert.Single(texts.EnumerateArray()).GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_CoachBadGroupingUnknownFormOrLongSearch_RefusedWithProblems()
    {
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        await (await coach.GetAsync(Url("summary"))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.GetAsync(Url("summary") + "?by=rating")).AssertProblemAsync(HttpStatusCode.BadRequest, "by");
        await (await manager.GetAsync(Url("summary") + "?q=" + new string('x', 101))).AssertProblemAsync(HttpStatusCode.BadRequest, "q");
        await (await manager.GetAsync($"/api/programmes/{_programme}/forms/nothing/answers/summary")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await manager.GetAsync(Url("summary") + $"?cohortId={Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await coach.GetAsync(Url("synthesis.pdf"))).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Csv_TextsThatLookLikeFormulas_AreEscaped()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.GetAsync(Url("summary.csv") + "?by=town");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Group,QuestionId,Question,Kind,Answered,Skipped,Item,Value,Count,Share,Mean,Median,Min,Max,StandardDeviation", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Contains("conference-follow-up-summary-", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_French_HeadersInFrenchNumbersAsNumbersAndNoFormula()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.GetAsync(Url("summary.xlsx") + "?lang=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("Summary");
        Assert.Equal("Groupe", sheet.Cell(1, 1).GetString());
        Assert.Equal("Question", sheet.Cell(1, 3).GetString());
        var injected = sheet.CellsUsed().Single(c => c.GetString() == SurveyAnswers.Injection);
        Assert.False(injected.HasFormula);
        var rating = sheet.RowsUsed().First(r => r.Cell(2).GetString() == "rating");
        Assert.Equal("Note", rating.Cell(3).GetString());
        Assert.Equal(11.0 / 3, rating.Cell(11).GetDouble(), 6);
    }

    [Fact]
    public async Task Xlsx_AnswerStartingLikeAFormula_ExactTextWithTheQuotePrefix()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.GetAsync(Url("summary.xlsx") + "?lang=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = XlsxCells.Read(await response.Content.ReadAsByteArrayAsync(), "Summary");
        var injected = cells.Where(c => c.Text == SurveyAnswers.Injection).ToList();
        Assert.NotEmpty(injected);
        Assert.All(injected, c => Assert.True(c.IsText && c.QuotePrefix && !c.IsFormula, $"{c.Reference} should be quote-prefixed text."));
        Assert.All(cells.Where(c => c.IsText && !c.Text.StartsWith('=')), c => Assert.False(c.QuotePrefix, $"{c.Reference} [{c.Text}] should have no quote prefix."));
        Assert.Contains(cells, c => !c.IsText && c.Text.StartsWith("3.66", StringComparison.Ordinal));
        Assert.All(cells.Where(c => !c.IsText), c => Assert.False(c.QuotePrefix));
    }

    [Fact]
    public async Task Docx_French_FormNameQuestionsTablesAndQuotes()
    {
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        funder.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        using var response = await funder.GetAsync(Url("synthesis.docx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Equal("Suites de la conférence", document.PackageProperties.Title);
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["Réponses", "Était-ce utile ?", "Note", "Budget prévu", "Qu'avons-nous compris ?", "Reviendriez-vous ?"], headings);
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "Demandées\u00a0: 4\u202f; répondues\u00a0: 3.");
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText.StartsWith("«\u00a0Nous avons compris l'intérêt d'une école de production.\u00a0» — ", StringComparison.Ordinal));
        var very = body.Descendants<TableRow>().Single(r => r.Elements<TableCell>().First().InnerText == "Très").Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal("2", very[1]);
        Assert.StartsWith("67", very[2], StringComparison.Ordinal);
        Assert.EndsWith("%", very[2], StringComparison.Ordinal);
        Assert.Single(document.MainDocumentPart.ImageParts);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public async Task Pdf_English_OpensWithTheFormsNameAsTitle()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await manager.GetAsync(Url("synthesis.pdf") + "?lang=en&by=sector");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfReader.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
        Assert.Equal("Conference follow-up", pdf.Info.Title);
        Assert.True(pdf.PageCount >= 1);
    }

    private string Url(string part) => $"/api/programmes/{_programme}/forms/{SurveyAnswers.FormId}/answers/{part}";
}
