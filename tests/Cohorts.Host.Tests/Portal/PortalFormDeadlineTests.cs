using System.Net;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Portal;

/// <summary>
/// The deadline on a form's page of the company portal says what the form e-mails say (DeadlineMailTests): "by" is
/// "au plus tard le" (not "avant le", a day early), with the time of day in the pages' zone, and no countdown in
/// brackets; a deadline passed says so in the reminder's words. The fixture's clock stands on Monday 16 March 2026,
/// 09:00 UTC (10:00 in Paris).
/// </summary>
public sealed class PortalFormDeadlineTests(DemoHostFixture host) : IClassFixture<DemoHostFixture>
{
    [Theory]
    [InlineData("fr", 56, "Merci de répondre au plus tard le 18\u00a0mars\u00a02026 à 18\u00a0h.")]
    [InlineData("en", 56, "Please answer by 18 March 2026 at 18:00.")]
    [InlineData("fr", -48, "Il était attendu le 14\u00a0mars\u00a02026 à 10\u00a0h.")]
    [InlineData("en", -48, "It was due on 14 March 2026 at 10:00.")]
    public async Task FormPage_RequestWithADeadline_GivesItsDateAndTimeAsTheMailDoes(string culture, int dueInHours, string sentence)
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 1);
        var requestId = await PortalSeed.RequestAsync(host.Factory, seeded, dueIn: TimeSpan.FromHours(dueInHours));
        using var client = host.Factory.CreateClient();

        using var page = await client.GetAsync($"/portal/{seeded.Token}/forms/{requestId}?culture={culture}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains($"<p>{sentence}</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("avant le", html, StringComparison.Ordinal);
        Assert.DoesNotContain("prévu", html, StringComparison.Ordinal);
        Assert.DoesNotContain("en retard de", html, StringComparison.Ordinal);
        Assert.DoesNotContain("due in", html, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", 56, "à rendre au plus tard le 18\u00a0mars\u00a02026 à 18\u00a0h")]
    [InlineData("en", 56, "answer by 18 March 2026 at 18:00")]
    [InlineData("fr", -48, "attendu le 14\u00a0mars\u00a02026 à 10\u00a0h")]
    [InlineData("en", -48, "was due on 14 March 2026 at 10:00")]
    public async Task PortalHome_FormWaiting_GivesItsDeadlineAsTheFormPageDoes(string culture, int dueInHours, string badge)
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 1);
        await PortalSeed.RequestAsync(host.Factory, seeded, dueIn: TimeSpan.FromHours(dueInHours));
        using var client = host.Factory.CreateClient();

        using var page = await client.GetAsync($"/portal/{seeded.Token}?culture={culture}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains($"<span class=\"badge\">{badge}</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("prévu", html, StringComparison.Ordinal);
        Assert.DoesNotContain("due in", html, StringComparison.Ordinal);
    }
}
