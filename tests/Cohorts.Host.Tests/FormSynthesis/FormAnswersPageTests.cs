using System.Net;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.FormSynthesis;

/// <summary>The manager's page of a form's answers: the summary in the reader's language, grouped and searched, a bad grouping shown next to its field.</summary>
public sealed class FormAnswersPageTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Answers_FrenchGroupedBySectorAndSearched_ShowsTheSummaryAndTheMatchingText()
    {
        var (programme, _, _) = await demo.Factory.SeedOnceAsync();
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        using var response = await client.GetAsync($"/manage/programmes/{programme}/forms/{SurveyAnswers.FormId}/answers?by=sector&q=ecole");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(html.Contains("Réponses au formulaire «\u00a0Suites de la conférence\u00a0»", StringComparison.Ordinal), html[html.IndexOf("<h1", StringComparison.Ordinal)..][..200]);
        Assert.Contains("Demandées\u00a0: 4\u202f; répondues\u00a0: 3.", html, StringComparison.Ordinal);
        Assert.Contains("Était-ce utile ?", html, StringComparison.Ordinal);
        Assert.Contains("Nous avons compris l'intérêt d'une école de production.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("HYPERLINK", html, StringComparison.Ordinal);
        Assert.Contains("synthesis.docx?by=sector&q=ecole&lang=fr", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_GroupedByANumber_ShowsTheProblemNextToTheFieldAndTheWhole()
    {
        var (programme, _, _) = await demo.Factory.SeedOnceAsync();
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);

        using var response = await client.GetAsync($"/manage/programmes/{programme}/forms/{SurveyAnswers.FormId}/answers?by=rating");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Group by cohort, town, sector or a single-choice question", html, StringComparison.Ordinal);
        Assert.Contains("Asked: 4; answered: 3.", html, StringComparison.Ordinal);
    }
}
