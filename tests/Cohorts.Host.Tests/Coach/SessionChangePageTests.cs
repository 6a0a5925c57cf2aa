using System.Net;
using System.Net.Http.Headers;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Coach;

/// <summary>The coach's session page: moving, cancelling and no-shows, refused next to the field with the input kept.</summary>
public sealed class SessionChangePageTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Cancel_WithoutConfirmation_RefusedNextToTheBoxThenConfirmedCancels()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachLeroy, DemoHostFixture.Now.AddDays(4), "Session to cancel through the page");
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachLeroy);
        var path = $"/coach/sessions/{session.Id}";
        var token = await Forms.GetAsync(client, path);

        using var refused = await Forms.PostAsync(client, $"{path}?handler=Change", token, Fields(session.Id, "cancel", ("Change.Reason", "The company moved its offices.")));
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Tick the box to confirm.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"The company moved its offices.\"", page, StringComparison.Ordinal);
        Assert.False((await demo.Factory.SessionAsync(session.Id)).IsCancelled);

        using var confirmed = await Forms.PostAsync(client, $"{path}?handler=Change", token, Fields(session.Id, "cancel", ("Change.Reason", "The company moved its offices."), ("Change.Confirm", "true")));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.True((await demo.Factory.SessionAsync(session.Id)).IsCancelled);
        var after = await client.GetStringAsync(path);
        Assert.Contains("id=\"cancelled\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reschedule_InFrenchIntoThePast_RefusedInFrenchThenNoShowOnALateSession()
    {
        var upcoming = await demo.Factory.PlanSessionAsync(TestAccounts.CoachBenali, DemoHostFixture.Now.AddDays(4), "Séance à déplacer (page)");
        var late = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachBenali);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachBenali);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));
        var path = $"/coach/sessions/{upcoming.Id}";
        var token = await Forms.GetAsync(client, path);

        using var refused = await Forms.PostAsync(client, $"{path}?handler=Change", token, Fields(upcoming.Id, "reschedule", ("Change.At", "2026-01-05T10:00"), ("Change.Reason", "Empêchement")));
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choisissez une date et une heure à venir.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-01-05T10:00\"", page, StringComparison.Ordinal);
        Assert.Equal(upcoming.PlannedAt, (await demo.Factory.SessionAsync(upcoming.Id)).PlannedAt);

        var latePath = $"/coach/sessions/{late.Id}";
        var lateToken = await Forms.GetAsync(client, latePath);
        using var noShow = await Forms.PostAsync(client, $"{latePath}?handler=Change", lateToken, Fields(late.Id, "no-show", ("Change.Confirm", "true")));

        Assert.Equal(HttpStatusCode.Redirect, noShow.StatusCode);
        Assert.Equal(true, (await demo.Factory.SessionAsync(late.Id)).Outcome?.NoShow);
        Assert.Contains("id=\"no-show\"", await client.GetStringAsync(latePath), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01T00:00", "1er\u00a0janvier\u00a00001")]
    [InlineData("9999-12-31T23:59", "31\u00a0décembre\u00a09999")]
    public async Task Reschedule_ToADateTheZoneCannotConvert_RefusedNextToTheFieldInFrench(string typed, string date)
    {
        // At year 1 (Paris is ahead of UTC) or 9999 the instant cannot be represented: converting first answered a 500.
        var upcoming = await demo.Factory.PlanSessionAsync(TestAccounts.CoachBenali, DemoHostFixture.Now.AddDays(5), "Séance hors limites (page)");
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachBenali);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));
        var path = $"/coach/sessions/{upcoming.Id}";
        var token = await Forms.GetAsync(client, path);

        using var refused = await Forms.PostAsync(client, $"{path}?handler=Change", token, Fields(upcoming.Id, "reschedule", ("Change.At", typed), ("Change.Reason", "Empêchement")));
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"Une date du 1er\u00a0janvier\u00a02000 au 31\u00a0décembre\u00a02100 ({date} saisie).", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{typed}\"", page, StringComparison.Ordinal);
        Assert.Equal(upcoming.PlannedAt, (await demo.Factory.SessionAsync(upcoming.Id)).PlannedAt);
    }

    private static Dictionary<string, string> Fields(Guid sessionId, string action, params (string Name, string Value)[] fields)
    {
        var all = new Dictionary<string, string> { ["Change.SessionId"] = sessionId.ToString(), ["Change.Action"] = action };
        foreach (var (name, value) in fields)
        {
            all[name] = value;
        }

        return all;
    }
}
