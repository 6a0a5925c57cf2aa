using System.Net;
using System.Text.RegularExpressions;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Evaluations;

/// <summary>The manager's screening pages in French: the call opened with its link shown once; a bad round refused next to its fields, the input kept.</summary>
public sealed partial class ScreeningPageTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task ApplicationsPage_OpenTheCall_ShowsItsLinkOnceWhichOpensTheFormInFrench()
    {
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        await ScreeningData.OpenCallAsync(demo.Factory, api);
        var cohortId = (await DemoIds.ReadAsync(demo.Factory)).Batisseurs;
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var page = $"/manage/cohorts/{cohortId}/applications";

        Assert.Contains($"href=\"/manage/cohorts/{cohortId}/applications\"", await client.GetStringAsync($"/manage/cohorts/{cohortId}"), StringComparison.Ordinal);
        using var opened = await Forms.PostAsync(client, $"{page}?handler=Open", await Forms.GetAsync(client, page), new Dictionary<string, string> { ["FormId"] = ScreeningData.FormId });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var shown = await client.GetStringAsync(page);
        var link = LinkInPage().Match(shown);
        Assert.True(link.Success, "The link is shown after opening.");
        Assert.Contains("Appel à candidatures", shown, StringComparison.Ordinal);
        Assert.DoesNotMatch(LinkInPage(), await client.GetStringAsync(page)); // only once

        using var visitor = demo.Factory.CreateClient();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var form = await visitor.GetStringAsync(new Uri(link.Groups[1].Value).PathAndQuery);
        Assert.Contains("Nom de l’entreprise", form, StringComparison.Ordinal);
        Assert.Contains("Déjà financée", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplicationsPage_ACallClosingInYearOne_RefusedNextToTheDateInFrench()
    {
        // Midnight of 1 January of year 1 in Paris is before the calendar's first instant: converting first answered a 500.
        var cohortId = (await DemoIds.ReadAsync(demo.Factory)).Batisseurs;
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var page = $"/manage/cohorts/{cohortId}/applications";

        using var refused = await Forms.PostAsync(client, $"{page}?handler=Open", await Forms.GetAsync(client, page), new Dictionary<string, string> { ["FormId"] = ScreeningData.FormId, ["ClosesOn"] = "0001-01-01" });
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Une date du 1er\u00a0janvier\u00a02000 au 31\u00a0décembre\u00a02100 (1er\u00a0janvier\u00a00001 saisie).", html, StringComparison.Ordinal);
        Assert.Contains("value=\"0001-01-01\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(LinkInPage(), html);
    }

    [Fact]
    public async Task ApplicationsPage_AClosingDayThatCannotBeRead_RefusedNextToItAndTheCallNotOpened()
    {
        var cohortId = (await DemoIds.ReadAsync(demo.Factory)).Batisseurs;
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var page = $"/manage/cohorts/{cohortId}/applications";

        using var refused = await Forms.PostAsync(client, $"{page}?handler=Open", await Forms.GetAsync(client, page), new Dictionary<string, string> { ["FormId"] = ScreeningData.FormId, ["ClosesOn"] = "2026-02-30" });
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("«\u00a02026-02-30\u00a0» ne peut pas être lu ici.", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(LinkInPage(), html);
        Assert.DoesNotMatch(LinkInPage(), await client.GetStringAsync(page));
    }

    [Fact]
    public async Task RoundsPage_ABadRound_FrenchMessagesNextToTheFieldsAndTheInputKept()
    {
        var cohortId = (await DemoIds.ReadAsync(demo.Factory)).Batisseurs;
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var page = $"/manage/cohorts/{cohortId}/rounds";

        using var refused = await Forms.PostAsync(client, page, await Forms.GetAsync(client, page), new Dictionary<string, string>
        {
            ["Form.Name"] = "Dossier",
            ["Form.Criteria[0].Id"] = "innovation",
            ["Form.Criteria[0].LabelEn"] = "Innovation",
            ["Form.Criteria[0].LabelFr"] = "Innovation",
            ["Form.Criteria[0].Weight"] = "0",
            ["Form.Criteria[0].Min"] = "1",
            ["Form.Criteria[0].Max"] = "5",
            ["Form.Evaluators"] = "pas-une-adresse",
        });
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Un poids est supérieur à 0 et au plus 100.", html, StringComparison.Ordinal);
        Assert.Contains("Indiquez une adresse e-mail valide.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"innovation\"", html, StringComparison.Ordinal);
        Assert.Contains("pas-une-adresse</textarea>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/manage/rounds/", html, StringComparison.Ordinal); // no round opened
    }

    [GeneratedRegex("<a href=\"(http[^\"]+/apply/[^\"]+)\"")]
    private static partial Regex LinkInPage();
}
