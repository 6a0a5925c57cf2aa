using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Portal;
using Cohorts.Workflows.Text;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Portal;

/// <summary>A link past its lifetime (the fake clock moved past ExpiresAt) opens nothing, and says so. Its own host: the clock moves.</summary>
public sealed class PortalExpiryTests(DemoHostFixture host) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Portal_ClockPastExpiresAt_Is410AndStoresNothing()
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 0);
        var requestId = await PortalSeed.RequestAsync(host.Factory, seeded, dueIn: TimeSpan.FromDays(400));
        using var client = host.Factory.CreateClient();
        using (var open = await client.GetAsync($"/api/portal/{seeded.Token}"))
        {
            Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        }

        host.Clock.Advance(PortalLink.Lifetime + TimeSpan.FromMinutes(1));

        using var journey = await client.GetAsync($"/api/portal/{seeded.Token}");
        var problem = await journey.ReadJsonAsync(HttpStatusCode.Gone);
        Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var answer = await client.PostAsJsonAsync($"/api/portal/{seeded.Token}/forms/{requestId}/answers", new { answers = new { headcount = 3 } });
        await answer.ReadJsonAsync(HttpStatusCode.Gone);
        using var page = await client.GetAsync($"/portal/{seeded.Token}");
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Ce lien a expiré", html, StringComparison.Ordinal);
        Assert.Null(await PortalSeed.AnswerAsync(host.Factory, requestId));
        await using var db = await host.Factory.DomainAsync();
        var link = await db.PortalLinks.AsNoTracking().SingleAsync(l => l.Id == seeded.LinkId);
        Assert.True(link.LastUsedAt < link.ExpiresAt);

        // Each language writes the last day as its readers do (in the pages' zone), not as 17/05/2025 and 2025-05-17.
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        Assert.Contains($"valable jusqu’au {new HumanText(CultureInfo.GetCultureInfo("fr-FR"), host.Clock, paris).Date(link.ExpiresAt)}.", html, StringComparison.Ordinal);
        Assert.Contains($"valid until {new HumanText(CultureInfo.GetCultureInfo("en-GB"), host.Clock, paris).Date(link.ExpiresAt)}.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(link.ExpiresAt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
    }
}
