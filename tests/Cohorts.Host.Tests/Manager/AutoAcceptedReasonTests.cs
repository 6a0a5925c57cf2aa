using System.Net;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>A company accepted by the journey itself (OpenLab screens nobody out) says so in the reader's language.</summary>
public sealed class AutoAcceptedReasonTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Theory]
    [InlineData("en", "(Accepted automatically.)")]
    [InlineData("fr", "(Acceptée automatiquement.)")]
    public async Task CompanyPage_AutoAcceptedCompany_GivesTheReasonInTheReadersLanguage(string culture, string expected)
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var openLab = await demo.Factory.OpenLabIdAsync();
        var board = await manager.GetJsonAsync($"/api/cohorts/{openLab}/board");
        var company = board.GetProperty("rows").EnumerateArray().First().GetProperty("companyId").GetGuid();
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/manage/cohorts/{openLab}/companies/{company}?culture={culture}"));

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }
}
