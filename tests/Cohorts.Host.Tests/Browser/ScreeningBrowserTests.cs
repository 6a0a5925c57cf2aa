using System.Text.Json.Nodes;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Evaluations;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Evaluations;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

/// <summary>
/// Scored screening in the browser: a company applies through the public page in French (a missing answer shown next
/// to its question, what was typed kept); an evaluator scores an application (a score out of the scale refused next
/// to its criterion); the manager reads the round's averages and missing scores and closes it advancing one.
/// </summary>
public sealed class ScreeningBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Evaluator = "paul.evaluateur@example.fr";

    [BrowserFact]
    public async Task Applicant_AppliesInFrench_AMissingAnswerNextToItsQuestionThenReceived()
    {
        var (cohortId, token) = await OpenCallAsync();
        var page = await browser.NewPageAsync("fr-FR");
        await BrowserFixture.OpenAsync(page, $"/apply/{token}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Candidature", Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Nom de l’entreprise").FillAsync("Tannerie Moreau");
        await page.GetByLabel("Secteur").FillAsync("artisanat");
        await page.GetByLabel("Effectif").FillAsync("8");
        await page.GetByLabel("Ville").FillAsync("Gennevilliers");
        await page.GetByLabel("Adresse e-mail du contact").FillAsync("contact@tannerie-moreau.example.fr");
        await page.GetByLabel("Sur le marché").CheckAsync();
        await page.Locator("[data-question=motivation]").GetByLabel("4").CheckAsync();
        await page.GetByLabel("Chiffre d'affaires (EUR)").FillAsync("420000");
        await page.Locator("[data-question=funded]").GetByLabel("Non").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma candidature" }).ClickAsync();

        // The project is missing: said next to it, everything typed kept, nothing stored.
        await Assertions.Expect(page.Locator("[data-question=project] .field-validation-error")).ToHaveTextAsync("Une réponse est requise.");
        await Assertions.Expect(page.GetByLabel("Nom de l’entreprise")).ToHaveValueAsync("Tannerie Moreau");
        await Assertions.Expect(page.GetByLabel("Sur le marché")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Chiffre d'affaires (EUR)")).ToHaveValueAsync("420000");
        Assert.DoesNotContain("Tannerie Moreau", await ApplicantsAsync(cohortId));

        await page.GetByLabel("Votre projet").FillAsync("Tanner sans chrome, à l'échelle.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer ma candidature" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Merci\u00a0: la candidature de Tannerie Moreau à la promotion Les bâtisseurs est reçue.");
        Assert.Contains("Tannerie Moreau", await ApplicantsAsync(cohortId));
    }

    [BrowserFact]
    public async Task EvaluatorScoresAnApplication_ManagerReadsTheRoundAndClosesIt()
    {
        var (cohortId, token) = await OpenCallAsync();
        var intake = browser.Factory.Services.GetRequiredService<ApplicationIntake>();
        var first = await intake.SubmitAsync(token, Applicant("Verrerie du Nord"));
        await intake.SubmitAsync(token, Applicant("Scierie du Sud"));
        var rounds = browser.Factory.Services.GetRequiredService<EvaluationRoundService>();
        var round = await rounds.OpenAsync(
            cohortId,
            new RoundPlan("Dossier", [new CriterionInput("innovation", new LabelInput("Innovation", "Innovation"), 2), new CriterionInput("team", new LabelInput("Team", "Équipe"), 1)], [new EvaluatorInput(TestAccounts.Manager), new EvaluatorInput(Evaluator, "Paul")]),
            TestAccounts.Manager);
        await browser.Factory.CreateUserAsync(Evaluator, CohortsRoles.Evaluator);

        // The evaluator's assignments, then one application's scoring page.
        var evaluator = await browser.SignInAsync(Evaluator);
        await BrowserFixture.OpenAsync(evaluator, "/evaluations");
        await evaluator.GetByRole(AriaRole.Link, new() { Name = "Verrerie du Nord" }).ClickAsync();
        await Assertions.Expect(evaluator.Locator("#application")).ToContainTextAsync("Verrerie du Nord : un projet.");
        await evaluator.GetByLabel("Score of Innovation").FillAsync("9");
        await evaluator.GetByLabel("Score of Team").FillAsync("4");
        await evaluator.GetByLabel("Comment on Innovation").FillAsync("Original.");
        await evaluator.GetByRole(AriaRole.Button, new() { Name = "Save my scores" }).ClickAsync();
        await Assertions.Expect(evaluator.Locator("[data-criterion=innovation] .field-validation-error")).ToHaveTextAsync("Choose a score within the scale.");
        await Assertions.Expect(evaluator.GetByLabel("Score of Innovation")).ToHaveValueAsync("9");
        await Assertions.Expect(evaluator.GetByLabel("Comment on Innovation")).ToHaveValueAsync("Original.");

        await evaluator.GetByLabel("Score of Innovation").FillAsync("5");
        await evaluator.GetByRole(AriaRole.Button, new() { Name = "Save my scores" }).ClickAsync();
        await Assertions.Expect(evaluator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your scores are saved.");
        await Assertions.Expect(evaluator.GetByLabel("Score of Innovation")).ToHaveValueAsync("5");

        // The manager's round: the average, who is missing; then closing it, the scored one advanced.
        var manager = await browser.SignInAsync(TestAccounts.Manager);
        await BrowserFixture.OpenAsync(manager, $"/manage/cohorts/{cohortId}");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Screening rounds" }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = $"Round {round.Number}: Dossier" }).ClickAsync();
        var row = manager.Locator($"#summary tr[data-company='{first.Id}']");
        await Assertions.Expect(row.Locator(".average")).ToHaveTextAsync("91.7");
        await Assertions.Expect(row.Locator(".missing")).ToHaveTextAsync(TestAccounts.Manager);
        await Assertions.Expect(manager.Locator("#missing-count")).ToContainTextAsync("Scorings still missing:");
        await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Close the round, advancing the applications ticked" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Status)).ToHaveTextAsync("The round is closed. Applications advanced to the next round: 1");
        await Assertions.Expect(row).ToContainTextAsync("advanced");

        // The evaluator's access ended with the round.
        await BrowserFixture.OpenAsync(evaluator, "/evaluations");
        await Assertions.Expect(evaluator.GetByRole(AriaRole.Link, new() { Name = "Verrerie du Nord" })).ToHaveCountAsync(0);
    }

    private static ApplicantSubmission Applicant(string name)
    {
        var body = ScreeningData.Applicant(name);
        return new ApplicantSubmission(name, "industrie", 12, "Nanterre", $"contact@{Guid.NewGuid():N}.example.fr", ["export"], body["answers"]!.AsObject().DeepClone().AsObject(), "en");
    }

    private async Task<(Guid CohortId, string Token)> OpenCallAsync()
    {
        var services = browser.Factory.Services;
        await services.GetRequiredService<FormService>().PublishAsync("boost-innovation", ScreeningData.Form().ToJsonString(), TestAccounts.Manager);
        await using var db = await services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var cohortId = await db.Cohorts.Where(c => c.Name == "Les bâtisseurs").Select(c => c.Id).SingleAsync();
        var opened = await services.GetRequiredService<ApplicationCallService>().OpenAsync(cohortId, ScreeningData.FormId, null, TestAccounts.Manager);
        return (cohortId, opened.Token);
    }

    private async Task<List<string>> ApplicantsAsync(Guid cohortId) =>
        [.. (await browser.Factory.Services.GetRequiredService<EvaluationQueries>().ApplicationsAsync(cohortId)).Select(a => a.Company.Name)];
}
