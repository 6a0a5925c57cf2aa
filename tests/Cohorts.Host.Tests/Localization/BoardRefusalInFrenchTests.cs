using System.Net;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Localization;

/// <summary>A refusal of the domain on a page read in French: the board's coach change to a coach at capacity.</summary>
public sealed class BoardRefusalInFrenchTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Board_ACoachAtCapacity_RefusedInFrenchWithItsNumbers()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        var karim = ids.CoachId("Karim Benali");
        var coached = ids.Rows.Count(r => r.GetProperty("coachName").GetString() == "Karim Benali");
        var other = ids.CompanyOf("Julien Martin");
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var board = $"/manage/cohorts/{ids.Batisseurs}";
        var token = await Forms.GetAsync(client, board);

        using var refused = await Forms.PostAsync(client, board + "?handler=Coach", token, new Dictionary<string, string> { ["companyId"] = other.ToString(), ["coachId"] = karim.ToString() });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(6, coached); // the demo's Karim Benali takes six companies, and has six
        Assert.Contains("Karim Benali a atteint sa capacité (6 entreprises sur 6).", html, StringComparison.Ordinal);
        Assert.DoesNotContain("is at capacity", html, StringComparison.Ordinal);
        Assert.Equal(other, (await DemoIds.ReadAsync(demo.Factory)).CompanyOf("Julien Martin")); // nothing changed
    }
}
