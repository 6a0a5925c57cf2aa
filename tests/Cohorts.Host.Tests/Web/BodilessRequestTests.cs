using System.Net;
using System.Text;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Web;

/// <summary>A body sent to an endpoint that reads none is refused at <c>$</c> before anything changes, not ignored.</summary>
public sealed class BodilessRequestTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task MarkAllRead_WithABodyNamingSome_Answers400AtTheRootAndMarksNothing()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var before = await UnreadAsync(manager);
        Assert.True(before > 0, "the demo's manager has unread notifications");

        using var response = await manager.PostAsync("/api/notifications/read-all", new StringContent("""{"ids":["x"]}""", Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "$");
        Assert.Equal(before, await UnreadAsync(manager));
    }

    [Fact]
    public async Task CalendarToken_WithABody_Answers400AndWithoutOneIsRenewed()
    {
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var refused = await coach.PostAsync("/api/coach/calendar-token", new StringContent("""{"rotate":false}""", Encoding.UTF8, "application/json"));
        using var renewed = await coach.PostAsync("/api/coach/calendar-token", content: null);

        await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "$");
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData(" { } ")]
    [InlineData("null")]
    public async Task CalendarToken_WithABodyThatSaysNothing_IsTaken(string body)
    {
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var renewed = await coach.PostAsync("/api/coach/calendar-token", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
    }

    private static async Task<int> UnreadAsync(HttpClient client)
    {
        var inbox = await client.GetJsonAsync("/api/notifications?unread=true");
        return inbox.ValueKind == System.Text.Json.JsonValueKind.Array ? inbox.GetArrayLength() : inbox.GetProperty("items").GetArrayLength();
    }
}
