using System.Net;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Funder;

/// <summary>The funder's pages, in English and French, and the decision form (this class decides milestones on its own database).</summary>
public sealed class FunderPagesTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task ProgressPage_English_ShowsIndicatorsChartsCompaniesDownloadsAndShare()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Funder);

        var html = await ReadAsync(client, "/funder/progress");

        Assert.Contains("<h1>Progress against targets</h1>", html);
        Assert.Contains("Les bâtisseurs", html);
        Assert.Contains("17 companies", html);
        Assert.Contains("Companies enrolled", html);
        Assert.Contains("class=\"ok\"", html);
        Assert.Contains($"<img class=\"chart\" src=\"/api/cohorts/{cohort.Id}/charts/kpis.png\"", html);
        Assert.Contains($"src=\"/api/cohorts/{cohort.Id}/charts/sessions.png\"", html);
        Assert.Contains($"href=\"/api/cohorts/{cohort.Id}/progress.xlsx\"", html);
        Assert.Contains($"href=\"/api/cohorts/{cohort.Id}/progress.csv?table=companies\"", html);
        Assert.Contains("Your share: 50%.", html);
        Assert.Contains("Budget of the cohort: €200,000.", html);
        Assert.Contains("Committed: €100,000.", html);
        Assert.Contains("Mécanique Fournier", html);
    }

    [Fact]
    public async Task ProgressPage_French_IsInFrench()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Funder);

        var html = await ReadAsync(client, "/funder/progress?culture=fr");

        Assert.Contains("Avancement par rapport aux objectifs", html);
        Assert.Contains("17\u00a0entreprises", html);
        Assert.Contains("Entreprises inscrites", html);
        Assert.Contains("Votre part\u00a0: 50", html);
        Assert.Contains("Budget de la promotion\u00a0: 200\u202f000\u202f€.", html);
        Assert.Contains("Cofinanceur du programme\u00a0: Département des Hauts-de-Seine, à hauteur de 50", html);
        Assert.Matches("<li>[^<]+\u00a0: 50\u202f% du budget de cette promotion\\.", html);
        Assert.DoesNotContain("Progress against targets", html);
    }

    [Fact]
    public async Task ProgressPage_CohortTheFunderDoesNotFund_Answers403()
    {
        var openLab = await demo.Factory.OpenLabIdAsync();
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Funder);

        using var response = await client.GetAsync($"/funder/progress?cohort={openLab}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task FunderPages_Coach_AreRefused()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);

        using var progress = await client.GetAsync("/funder/progress");
        using var milestones = await client.GetAsync("/funder/milestones");

        Assert.NotEqual(HttpStatusCode.OK, progress.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, milestones.StatusCode);
    }

    [Theory]
    [InlineData("en", "Milestones to review", "Waiting for your decision", "Record the decision")]
    [InlineData("fr", "Jalons à examiner", "En attente de votre décision", "Enregistrer la décision")]
    public async Task MilestonesPage_ListsTheMidTermReviewsWithAForm(string culture, string title, string pending, string button)
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Funder);

        var html = await ReadAsync(client, $"/funder/milestones?culture={culture}");

        Assert.Contains(title, html);
        Assert.Contains(pending, html);
        Assert.Contains(button, html);
        Assert.Contains("Revue à mi-parcours", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
    }

    [Fact]
    public async Task DecisionForm_Passed_RecordsTheDecisionAndListsItDecided()
    {
        var milestoneId = await PendingAsync(0);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Funder);
        var token = await Forms.GetAsync(client, "/funder/milestones");

        using var response = await Forms.PostAsync(client, "/funder/milestones", token, new Dictionary<string, string>
        {
            ["Input.MilestoneId"] = milestoneId.ToString(),
            ["Input.Outcome"] = "passed",
            ["Input.Reason"] = "Plan d'action engagé avec le coach.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await ReadAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains("is recorded", html);
        Assert.Contains("Plan d'action engagé avec le coach.", html);
        await using var db = await demo.Factory.DomainAsync();
        var milestone = await db.Milestones.AsNoTracking().SingleAsync(m => m.Id == milestoneId);
        Assert.Equal(MilestoneOutcome.Passed, milestone.FinalDecision?.Outcome);
    }

    [Theory]
    [InlineData("en", "zz", "The form could not be read: reload the page and try again.")]
    [InlineData("fr", "", "Le formulaire n’a pas pu être lu\u00a0: rechargez la page et réessayez.")]
    [InlineData("en", "0192a2b0-0000-7000-8000-000000000000", "The form could not be read: reload the page and try again.")]
    public async Task DecisionForm_MilestoneIdNotOfThePage_SaysSoAboveTheFormsAndDecidesNothing(string culture, string milestoneId, string message)
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Funder);
        var token = await Forms.GetAsync(client, $"/funder/milestones?culture={culture}");
        await using var before = await demo.Factory.DomainAsync();
        var decided = await before.Milestones.CountAsync(m => m.Decisions.Count > 0);

        using var response = await Forms.PostAsync(client, $"/funder/milestones?culture={culture}", token, new Dictionary<string, string>
        {
            ["Input.MilestoneId"] = milestoneId,
            ["Input.Outcome"] = "passed",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<div class=\"errors\" role=\"alert\">{message}</div>", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var after = await demo.Factory.DomainAsync();
        Assert.Equal(decided, await after.Milestones.CountAsync(m => m.Decisions.Count > 0));
    }

    [Theory]
    [InlineData("en", "needs a new due date")]
    [InlineData("fr", "demande une nouvelle échéance")]
    public async Task DecisionForm_NeedsWorkWithoutDate_ShowsTheErrorNextToTheFieldAndKeepsTheReason(string culture, string error)
    {
        var milestoneId = await PendingAsync(1);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Funder);
        var token = await Forms.GetAsync(client, $"/funder/milestones?culture={culture}");

        using var response = await Forms.PostAsync(client, $"/funder/milestones?culture={culture}", token, new Dictionary<string, string>
        {
            ["Input.MilestoneId"] = milestoneId.ToString(),
            ["Input.Outcome"] = "needsWork",
            ["Input.Reason"] = "Le plan d'action reste à chiffrer.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var form = html[html.IndexOf($"id=\"milestone-{milestoneId}\"", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        Assert.Contains(error, form);
        Assert.Contains(">Le plan d'action reste à chiffrer.</textarea>", form);
        Assert.Matches("value=\"needsWork\" checked", form);
        await using var db = await demo.Factory.DomainAsync();
        Assert.Empty((await db.Milestones.AsNoTracking().SingleAsync(m => m.Id == milestoneId)).Decisions);
    }

    [Fact]
    public async Task DecisionForm_NoDecisionChosen_AsksForOne()
    {
        var milestoneId = await PendingAsync(2);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Funder);
        var token = await Forms.GetAsync(client, "/funder/milestones");

        using var response = await Forms.PostAsync(client, "/funder/milestones", token, new Dictionary<string, string>
        {
            ["Input.MilestoneId"] = milestoneId.ToString(),
            ["Input.Reason"] = "?",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a decision", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static async Task<string> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {html}");
        return WebUtility.HtmlDecode(html);
    }

    private async Task<Guid> PendingAsync(int index)
    {
        var cohort = await demo.Factory.CohortAsync();
        await using var db = await demo.Factory.DomainAsync();
        var companies = await db.Companies.Where(c => c.CohortId == cohort.Id).OrderBy(c => c.Name).Select(c => c.Id).ToListAsync();
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohort.Id && m.Reviewer == ReviewerRole.Funder).ToListAsync();
        return milestones.Single(m => m.CompanyId == companies[index] && m.Decisions.Count == 0).Id;
    }
}
