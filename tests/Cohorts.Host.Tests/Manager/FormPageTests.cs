using System.Net;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>The manager's forms page of a programme: publish a form, see it listed, a bad one keeps the input and names its paths.</summary>
public sealed class FormPageTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private static readonly string Page = $"/manage/programmes/{DemoIds.Programme}/forms";

    private static string Form(string kind) => new JsonObject
    {
        ["id"] = "page-form",
        ["name"] = new JsonObject { ["en"] = "Kick-off", ["fr"] = "Lancement" },
        ["questions"] = new JsonArray(new JsonObject
        {
            ["id"] = "ready",
            ["kind"] = kind,
            ["label"] = new JsonObject { ["en"] = "Ready?", ["fr"] = "Prêt\u202f?" },
        }),
    }.ToJsonString();

    [Fact]
    public async Task Publish_AGoodFormThenABadOne_ListedThenProblemsNextToTheKeptInput()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        var token = await Forms.GetAsync(client, Page);
        using var published = await Forms.PostAsync(client, Page, token, new Dictionary<string, string> { ["Document"] = Form("yesNo") });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var listed = await client.GetStringAsync(published.Headers.Location!.OriginalString);
        Assert.Contains("Lancement", listed, StringComparison.Ordinal);
        Assert.Contains("Formulaires", listed, StringComparison.Ordinal);

        var bad = Form("essay");
        using var refused = await Forms.PostAsync(client, Page, await Forms.GetAsync(client, Page), new Dictionary<string, string> { ["Document"] = bad });
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("questions[0].kind", html, StringComparison.Ordinal);
        Assert.Contains("rien n’a été publié", html, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"essay\"", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal); // the input, kept
    }
}
