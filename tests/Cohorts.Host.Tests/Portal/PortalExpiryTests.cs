using System.Net;
using System.Net.Http.Json;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Portal;
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
        Assert.Contains("Ce lien a expiré", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await PortalSeed.AnswerAsync(host.Factory, requestId));
        await using var db = await host.Factory.DomainAsync();
        var link = await db.PortalLinks.AsNoTracking().SingleAsync(l => l.Id == seeded.LinkId);
        Assert.True(link.LastUsedAt < link.ExpiresAt);
    }
}
