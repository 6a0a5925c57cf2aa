using System.Net;
using System.Text.RegularExpressions;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Manager;

/// <summary>The manager's pages: they render in English and French, and their forms work (launch, editor, screening).</summary>
public sealed partial class ManagerPageTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const string Launch = "/manage/programmes/boost-innovation/launch";
    private const string Editor = "/manage/programmes/boost-innovation/definitions/boost-innovation-company";

    [Fact]
    public async Task Pages_Manager_RenderInEnglish()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var instance = ids.Rows.First().GetProperty("instanceId").GetGuid();

        var programmes = await client.GetStringAsync("/manage/programmes");
        var programme = await client.GetStringAsync("/manage/programmes/boost-innovation");
        var cohorts = await client.GetStringAsync("/manage/cohorts");
        var board = await client.GetStringAsync($"/manage/cohorts/{ids.Batisseurs}");
        var timeline = await client.GetStringAsync($"/manage/instances/{instance}");
        var incidents = await client.GetStringAsync("/manage/incidents");

        Assert.Contains("Create a programme from a template", programmes, StringComparison.Ordinal);
        Assert.Contains("Semaine de l", programmes, StringComparison.Ordinal);
        Assert.Contains("Companies enrolled", programme, StringComparison.Ordinal);
        Assert.Contains("17 companies", programme, StringComparison.Ordinal);
        Assert.Contains("Les bâtisseurs", WebUtility.HtmlDecode(cohorts), StringComparison.Ordinal);
        Assert.Contains("1 November 2025", cohorts, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"late\"", board, StringComparison.Ordinal);
        Assert.Contains("Milestone review", board, StringComparison.Ordinal);
        Assert.Contains("Mécanique Fournier", WebUtility.HtmlDecode(board), StringComparison.Ordinal);
        Assert.Contains("Step completed", timeline, StringComparison.Ordinal);
        Assert.Contains("Screening of the application", timeline, StringComparison.Ordinal);
        Assert.Contains("No incident", incidents, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_Manager_RenderInFrench()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        var programmes = WebUtility.HtmlDecode(await client.GetStringAsync("/manage/programmes"));
        var programme = WebUtility.HtmlDecode(await client.GetStringAsync("/manage/programmes/boost-innovation"));
        var cohorts = WebUtility.HtmlDecode(await client.GetStringAsync("/manage/cohorts?culture=fr"));
        var board = WebUtility.HtmlDecode(await client.GetStringAsync($"/manage/cohorts/{ids.Batisseurs}"));
        var launch = WebUtility.HtmlDecode(await client.GetStringAsync(Launch));

        Assert.Contains("Créer un programme à partir d’un modèle", programmes, StringComparison.Ordinal);
        Assert.Contains("Programme d’accompagnement d’Open H’Innov", programmes, StringComparison.Ordinal);
        Assert.Contains("Entreprises inscrites\u00a0: <strong>17\u00a0entreprises</strong>", programme, StringComparison.Ordinal);
        Assert.Contains("1er\u00a0novembre\u00a02025", cohorts, StringComparison.Ordinal);
        Assert.Contains("Séances en retard", board, StringComparison.Ordinal);
        Assert.Contains("Revue de jalon", board, StringComparison.Ordinal);
        Assert.Contains("Entreprises, une par ligne", launch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Launch_PreviewThenLaunch_EndsOnTheBoardWithTheCompanies()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Launch);
        var form = LaunchPlan.Form("Promotion d'automne", "Atelier Neuf; crafts; 4; Sèvres; contact@atelier-neuf.example; marketing\nBrasserie Nouvelle; food; 9; Vanves; contact@brasserie.example; export, digital", LaunchPlan.Funder);

        using var preview = await Forms.PostAsync(client, $"{Launch}?handler=Preview", token, form);
        var previewHtml = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        using var launched = await Forms.PostAsync(client, $"{Launch}?handler=Launch", token, form);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Preview: 2 companies and 1 coach", previewHtml, StringComparison.Ordinal);
        Assert.Contains("When the targets would be reached", previewHtml, StringComparison.Ordinal);
        Assert.Contains("Each coach's load per month", previewHtml, StringComparison.Ordinal);
        Assert.Contains("<td>Anne Petit</td>", previewHtml, StringComparison.Ordinal); // the cohort's own coach, not a made-up one
        Assert.Contains("with the coaches", previewHtml, StringComparison.Ordinal);
        Assert.Contains("Atelier Neuf", previewHtml, StringComparison.Ordinal); // the form keeps what was typed
        Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        var board = launched.Headers.Location!.OriginalString;
        Assert.Matches("^/manage/cohorts/[0-9a-f-]{36}\\?launched=true$", board);
        var boardHtml = WebUtility.HtmlDecode(await client.GetStringAsync(board));
        Assert.Contains("Promotion d'automne", boardHtml, StringComparison.Ordinal);
        Assert.Contains("The cohort is launched", boardHtml, StringComparison.Ordinal);
        Assert.Contains("Atelier Neuf", boardHtml, StringComparison.Ordinal);
        Assert.Contains("Brasserie Nouvelle", boardHtml, StringComparison.Ordinal);
        Assert.Contains("Screening of the application", boardHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"accepted\"", boardHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Launch_PostedTwiceByTheSameForm_MakesOneCohortAndShowsItBothTimes()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var page = await client.GetStringAsync(Launch);
        var token = await Forms.GetAsync(client, Launch);
        var cohortId = Regex.Match(page, "name=\"Form.CohortId\" value=\"([0-9a-f-]{36})\"|value=\"([0-9a-f-]{36})\"[^>]*name=\"Form.CohortId\"");
        Assert.True(cohortId.Success, "The launch form carries no cohort id.");
        var id = cohortId.Groups[1].Success ? cohortId.Groups[1].Value : cohortId.Groups[2].Value;
        var name = $"Double click {Guid.NewGuid():N}";
        var form = LaunchPlan.Form(name, LaunchPlan.OneCompany, LaunchPlan.Funder);
        form["Form.CohortId"] = id;

        using var first = await Forms.PostAsync(client, $"{Launch}?handler=Launch", token, form);
        using var second = await Forms.PostAsync(client, $"{Launch}?handler=Launch", token, form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal($"/manage/cohorts/{id}?launched=true", first.Headers.Location?.OriginalString);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<Cohorts.Workflows.Persistence.CohortsDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Cohorts.CountAsync(c => c.Name == name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?handler=Nothing")]
    public async Task Launch_PostedWithoutOneOfItsHandlers_Answers400WithTheErrorPageAndCreatesNothing(string query)
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Launch);
        await using (var before = await demo.Factory.DomainAsync())
        {
            Assert.False(await before.Cohorts.AnyAsync(c => c.Name == "Posted without a handler"));
        }

        using var response = await Forms.PostAsync(client, Launch + query, token, LaunchPlan.Form("Posted without a handler", LaunchPlan.OneCompany, LaunchPlan.Funder));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>The request cannot be carried out</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = await demo.Factory.DomainAsync();
        Assert.False(await db.Cohorts.AnyAsync(c => c.Name == "Posted without a handler"));
    }

    [Fact]
    public async Task BlankProgramme_CreatedThenArchived_SaysWhatWasMadeThenOffersNoLaunch()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, "/manage/programmes/new?culture=fr");
        using var created = await Forms.PostAsync(client, "/manage/programmes/new?culture=fr", token, new Dictionary<string, string> { ["Name"] = $"Pilote {Guid.NewGuid():N}", ["TemplateId"] = "", ["DurationMonths"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var programme = created.Headers.Location!.OriginalString;
        Assert.EndsWith("?created=true&blank=true", programme, StringComparison.Ordinal);
        var shown = WebUtility.HtmlDecode(await client.GetStringAsync(programme + "&culture=fr"));
        Assert.Contains("Le programme a été créé avec un parcours simple pour commencer", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("à partir de son modèle", shown, StringComparison.Ordinal);

        var path = programme.Split('?')[0];
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using (var archived = await api.PostAsync($"/api/programmes/{path.Split('/')[^1]}/archive", null))
        {
            Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        }

        var launch = await client.GetStringAsync($"{path}/launch");
        Assert.Contains("id=\"archived\"", launch, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Launch", launch, StringComparison.Ordinal);
        Assert.DoesNotContain($"{path}/launch", await client.GetStringAsync("/manage/programmes?archived=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_ScreeningButtons_AcceptAndRefuseWithoutReasons()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Launch);
        using var launched = await Forms.PostAsync(client, $"{Launch}?handler=Launch", token, LaunchPlan.Form("Screened on the board", LaunchPlan.OneCompany, LaunchPlan.Funder));
        var board = launched.Headers.Location!.OriginalString.Split('?')[0];
        var html = await client.GetStringAsync(board);
        var companyId = CompanyInput().Match(html).Groups[1].Value;

        using var refused = await Forms.PostAsync(client, $"{board}?handler=Screen", token, new Dictionary<string, string> { ["companyId"] = companyId, ["decision"] = "rejected", ["reasons"] = "" });
        using var accepted = await Forms.PostAsync(client, $"{board}?launched=true&handler=Screen", token, new Dictionary<string, string> { ["companyId"] = companyId, ["decision"] = "accepted", ["reasons"] = "" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Say why (the company is told).", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode); // a refresh of the board posts nothing again
        Assert.Equal(board, accepted.Headers.Location?.OriginalString);
        var acceptedHtml = await client.GetStringAsync(board);
        Assert.Contains("The screening decision is recorded.", acceptedHtml, StringComparison.Ordinal);
        Assert.Contains("Coached", acceptedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("The screening decision is recorded.", await client.GetStringAsync(board), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Screen", "decision", "rejected")]
    [InlineData("Coach", "coachId", "00000000-0000-0000-0000-000000000001")]
    public async Task Board_CompanyOfAnotherCohort_IsRefusedOnThisBoardAndNothingChanges(string handler, string field, string value)
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Launch);
        using var first = await Forms.PostAsync(client, $"{Launch}?handler=Launch", token, LaunchPlan.Form($"Board A {handler}", LaunchPlan.OneCompany, LaunchPlan.Funder));
        using var second = await Forms.PostAsync(client, $"{Launch}?handler=Launch", token, LaunchPlan.Form($"Board B {handler}", LaunchPlan.OneCompany, LaunchPlan.Funder));
        var boardA = first.Headers.Location!.OriginalString.Split('?')[0];
        var boardB = second.Headers.Location!.OriginalString.Split('?')[0];
        var companyOfB = CompanyInput().Match(await client.GetStringAsync(boardB)).Groups[1].Value;

        using var response = await Forms.PostAsync(client, $"{boardA}?handler={handler}", token, new Dictionary<string, string>
        {
            ["companyId"] = companyOfB,
            [field] = value,
            ["reasons"] = "Not this board's company.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The form could not be read: reload the board and try again.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = await demo.Factory.DomainAsync();
        Assert.Equal(CompanyStatus.Applied, (await db.Companies.SingleAsync(c => c.Id == Guid.Parse(companyOfB))).Status);
    }

    [Fact]
    public async Task Launch_BadLines_NamesEachLineAndKeepsTheText()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Launch);
        const string Companies = "Atelier Neuf; crafts; 4; Sèvres; contact@atelier-neuf.example; marketing\n\nBrasserie Nouvelle; food; many; Vanves; contact@brasserie.example\nSolo; crafts";

        using var response = await Forms.PostAsync(client, $"{Launch}?handler=Preview", token, LaunchPlan.Form("Bad lines", Companies, LaunchPlan.Funder, coaches: "Anne Petit; not-an-email; 5"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Companies, line 3: the headcount must be a whole number (“many” is not)", html, StringComparison.Ordinal);
        Assert.Contains("Coaches, line 1: “not-an-email” is not an e-mail address", html, StringComparison.Ordinal);
        Assert.Contains("Companies, line 4: write name; sector; headcount; town; e-mail; needs (the needs separated by commas) — 2 fields found", html, StringComparison.Ordinal);
        Assert.Contains("Brasserie Nouvelle; food; many; Vanves", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"preview\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Launch_BadLinesInFrench_NamesEachLineInFrench()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Launch);

        using var response = await Forms.PostAsync(client, $"{Launch}?handler=Preview&culture=fr", token, LaunchPlan.Form("Lignes", "Brasserie Nouvelle; food; beaucoup; Vanves; contact@brasserie.example\nAtelier seul", LaunchPlan.Funder, coaches: ""));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Entreprises, ligne 1\u00a0: l’effectif doit être un nombre entier («\u00a0beaucoup\u00a0» n’en est pas un)", html, StringComparison.Ordinal);
        Assert.Contains("Entreprises, ligne 2\u00a0: écrivez nom\u202f; secteur\u202f; effectif\u202f; ville\u202f; e-mail\u202f; besoins (les besoins séparés par des virgules) — un champ trouvé", html, StringComparison.Ordinal);
        Assert.Contains("Indiquez au moins un coach, un par ligne.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Launch_PreviewInFrench_WritesTheCalendarAndTheDurationAsAFrenchReaderExpects()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Launch);
        var form = LaunchPlan.Form("Promotion d'automne", LaunchPlan.OneCompany, LaunchPlan.Funder);

        using var preview = await Forms.PostAsync(client, $"{Launch}?handler=Preview&culture=fr", token, form);

        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Laissé vide, la promotion dure autant que le programme\u00a0: 1\u00a0an.", html, StringComparison.Ordinal);
        Assert.Contains("Événement\u00a0: Happy Innov n°1", html, StringComparison.Ordinal);
        Assert.Contains("Jalon\u00a0: Revue à mi-parcours", html, StringComparison.Ordinal);
        Assert.Contains("Jalons validés", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Événement:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_InvalidDocument_ListsProblemsByPathAndKeepsTheText()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Editor);
        var broken = WebUtility.HtmlDecode(TextArea().Match(await client.GetStringAsync(Editor)).Groups[1].Value)
            .Replace("\"type\": \"Screening\"", "\"type\": \"Screenning\"", StringComparison.Ordinal);

        using var validated = await Forms.PostAsync(client, $"{Editor}?handler=Validate", token, new Dictionary<string, string> { ["Document"] = broken });
        using var published = await Forms.PostAsync(client, $"{Editor}?handler=Publish", token, new Dictionary<string, string> { ["Document"] = broken });

        foreach (var response in new[] { validated, published })
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("<code>$.root.activities[1].type</code>", html, StringComparison.Ordinal);
            Assert.Contains("Screenning", WebUtility.HtmlDecode(TextArea().Match(html).Groups[1].Value), StringComparison.Ordinal);
        }

        Assert.Contains("Nothing was published; fix them and check again", await published.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_ValidDocument_ValidatesThenPublishesANewVersion()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        const string OpenLab = "/manage/programmes/openlab-exploration-innovation/definitions/openlab-exploration-innovation-company";
        var token = await Forms.GetAsync(client, OpenLab);
        var document = WebUtility.HtmlDecode(TextArea().Match(await client.GetStringAsync(OpenLab)).Groups[1].Value);
        var changed = document.Replace("\"format\": 1,", "\"format\": 1,\n  \"description\": \"Edited on the page.\",", StringComparison.Ordinal);
        changed = DescriptionLine().Replace(changed, string.Empty, 1);

        using var validated = await Forms.PostAsync(client, $"{OpenLab}?handler=Validate", token, new Dictionary<string, string> { ["Document"] = changed });
        using var published = await Forms.PostAsync(client, $"{OpenLab}?handler=Publish", token, new Dictionary<string, string> { ["Document"] = changed });

        Assert.Contains("The document is valid.", await validated.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await client.GetStringAsync(published.Headers.Location!.OriginalString);
        Assert.Contains("Version 2 is published", page, StringComparison.Ordinal);
        Assert.Contains("Edited on the page.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_SecondManager_IsRefused()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        var email = $"pages-{Guid.NewGuid():N}@cohorts.test";
        await demo.Factory.CreateUserAsync(email, CohortsRoles.Manager);
        using var other = await demo.Factory.CreatePageClientAsync(email);

        using var board = await other.GetAsync($"/manage/cohorts/{ids.Batisseurs}");
        var cohorts = await other.GetStringAsync("/manage/cohorts");

        Assert.Equal(HttpStatusCode.Forbidden, board.StatusCode);
        Assert.DoesNotContain("Les bâtisseurs", WebUtility.HtmlDecode(cohorts), StringComparison.Ordinal);

        // The refusal names neither the cohort nor the programme of another manager, in either language.
        var refusal = WebUtility.HtmlDecode(await board.Content.ReadAsStringAsync());
        Assert.Contains("You do not manage this cohort.", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("bâtisseurs", refusal, StringComparison.Ordinal);
        using var french = await other.GetAsync($"/manage/cohorts/{ids.Batisseurs}/settings?culture=fr");
        Assert.Equal(HttpStatusCode.Forbidden, french.StatusCode);
        Assert.Contains("Vous ne gérez pas cette promotion.", WebUtility.HtmlDecode(await french.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var programme = await other.GetAsync($"/manage/programmes/{DemoIds.Programme}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, programme.StatusCode);
        Assert.DoesNotContain(DemoIds.Programme, await programme.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<textarea[^>]*>([^<]*)</textarea>")]
    private static partial Regex TextArea();

    [GeneratedRegex("name=\"companyId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex CompanyInput();

    [GeneratedRegex("\\n  \"description\": \"[^\"]*\",(?=\\n  \"timeZone\")")]
    private static partial Regex DescriptionLine();
}
