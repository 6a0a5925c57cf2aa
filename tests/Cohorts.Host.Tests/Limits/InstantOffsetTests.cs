using System.Net;
using System.Net.Http.Json;
using Cohorts.Host.Tests.Coach;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Limits;

/// <summary>
/// An instant the API reads carries its offset (RFC 3339): a time without one, or a date alone, is refused at its path
/// and changes nothing, rather than being read in the server's own zone (an hour or two from the one meant).
/// </summary>
public sealed class InstantOffsetTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Theory]
    [InlineData("2026-03-23T10:00:00")]
    [InlineData("2026-03-23T10:00")]
    [InlineData("2026-03-23")]
    [InlineData("2026-03-29T02:30:00")]
    public async Task Reschedule_ATimeWithoutItsOffset_IsRefusedAtItsPathAndTheSessionStays(string at)
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, DemoHostFixture.Now.AddDays(3));
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var response = await client.PostAsJsonAsync($"/api/sessions/{session.Id}/reschedule", new { at, reason = "Moved." });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "at");
        Assert.Contains("offset", problem.GetProperty("errors").GetProperty("at")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(session.PlannedAt, (await demo.Factory.SessionAsync(session.Id)).PlannedAt);
    }

    [Theory]
    [InlineData("2026-03-23T10:00:00+01:00", "2026-03-23T09:00:00Z")]
    [InlineData("2026-03-23T09:00:00Z", "2026-03-23T09:00:00Z")]
    [InlineData("2026-03-23T09:00:00.000Z", "2026-03-23T09:00:00Z")]
    [InlineData("2026-03-23T04:00:00-05:00", "2026-03-23T09:00:00Z")]
    public async Task Reschedule_ATimeWithItsOffset_MovesTheSessionToThatInstant(string at, string instant)
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, DemoHostFixture.Now.AddDays(3));
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        await client.PostJsonAsync($"/api/sessions/{session.Id}/reschedule", new { at, reason = "Moved." }, HttpStatusCode.OK);

        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), (await demo.Factory.SessionAsync(session.Id)).PlannedAt);
    }
}
