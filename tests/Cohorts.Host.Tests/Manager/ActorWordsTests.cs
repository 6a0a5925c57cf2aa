using System.Net;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>What Cohorts did itself (a template's forms published at the programme's creation) is said as such, not as "system".</summary>
public sealed class ActorWordsTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Theory]
    [InlineData("en", "Cohorts (automatically)")]
    [InlineData("fr", "Cohorts (automatiquement)")]
    public async Task ProgrammeForms_PublishedWithTheTemplate_SayCohortsPublishedThem(string culture, string expected)
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/manage/programmes/openlab-exploration-innovation/forms?culture={culture}"));

        Assert.Contains($" · {expected} · ", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" · system · ", html, StringComparison.Ordinal);
    }
}
