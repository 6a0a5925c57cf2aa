using System.Net;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>A cohort of events only (the innovation week's) has no company table to filter, but a line saying why.</summary>
public sealed class BoardWithoutCompaniesTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Theory]
    [InlineData("en", "No company in this cohort yet. Its events are on the events page.")]
    [InlineData("fr", "Aucune entreprise dans cette promotion pour l’instant. Ses événements sont sur la page des événements.")]
    public async Task Board_CohortOfEventsOnly_SaysSoInsteadOfAnEmptyTable(string culture, string expected)
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var cohorts = await manager.GetJsonAsync("/api/cohorts");
        var week = cohorts.EnumerateArray().First(c => c.GetProperty("name").GetString()!.StartsWith("Semaine", StringComparison.Ordinal)).GetProperty("id").GetGuid();
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/manage/cohorts/{week}?culture={culture}"));

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table class=\"board\">", html, StringComparison.Ordinal);
    }
}
