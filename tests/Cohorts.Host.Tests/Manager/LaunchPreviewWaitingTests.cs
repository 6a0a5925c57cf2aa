using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>
/// A plan whose journeys would wait for ever (Boost Innovation's funder reviews, its co-funders removed from the
/// programme's settings): the launch page's preview says how many journeys would still be waiting at the end, and why,
/// each reason once.
/// </summary>
public sealed class LaunchPreviewWaitingTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const string Launch = "/manage/programmes/boost-innovation/launch";

    [Theory]
    [InlineData("en", "Journeys that would still be waiting at the end: 2 of 2.", "Milestone 'Revue à mi-parcours' is decided by a funder, and the programme names none.")]
    [InlineData("fr", "Parcours qui attendraient encore à la fin\u00a0: 2 sur 2.", "Le jalon «\u00a0Revue à mi-parcours\u00a0» est décidé par un financeur, et le programme n’en désigne aucun.")]
    public async Task Preview_FunderReviewsWithoutAFunder_SaysTheJourneysWouldWait(string culture, string heading, string reason)
    {
        await RemoveCoFundersAsync();
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var token = await Forms.GetAsync(client, Launch);

        using var response = await Forms.PostAsync(client, $"{Launch}?handler=Preview&culture={culture}", token, LaunchPlan.Form("Promotion sans financeur"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"preview-faults\"", html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Equal(1, html.Split(reason).Length - 1);
    }

    [Fact]
    public async Task Simulation_FunderReviewsWithoutAFunder_SaysTheJourneysWouldWaitAndWhy()
    {
        await RemoveCoFundersAsync();
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var preview = await manager.PostJsonAsync("/api/programmes/boost-innovation/simulations", new { startDate = "2026-09-01", companies = 3, coaches = 1 }, HttpStatusCode.OK);

        var completion = preview.GetProperty("completion");
        Assert.Equal(3, completion.GetProperty("journeys").GetInt32());
        Assert.Equal(3, completion.GetProperty("stillWaiting").GetInt32());
        Assert.Equal(0, completion.GetProperty("faulted").GetInt32());
        Assert.Equal(0, completion.GetProperty("faults").GetArrayLength());
        Assert.Equal("Milestone 'Revue à mi-parcours' is decided by a funder, and the programme names none.", Assert.Single(completion.GetProperty("unanswered").EnumerateArray()).GetString());
    }

    private async Task RemoveCoFundersAsync()
    {
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var settings = JsonNode.Parse((await api.GetJsonAsync("/api/programmes/boost-innovation/settings")).GetRawText())!.AsObject();
        settings["coFunders"] = new JsonArray();
        using var put = await api.PutAsJsonAsync("/api/programmes/boost-innovation", settings);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }
}
