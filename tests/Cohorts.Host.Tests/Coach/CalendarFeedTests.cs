using System.Net;
using System.Text.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Coach;

/// <summary>The coach's iCalendar feed: signed in, by subscription address, and a new address revoking the old.</summary>
public sealed class CalendarFeedTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Feed_CoachToken_HasExactlyTheirSessionsAtTheirTimes()
    {
        var upcoming = await demo.Factory.PlanSessionAsync(TestAccounts.CoachLeroy, new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.Zero)); // summer time: 10:00 in Paris
        var late = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachLeroy);
        using var client = demo.Factory.CreateClient();

        using var response = await client.GetAsync($"/api/calendar/{await TokenOfAsync(TestAccounts.CoachLeroy)}.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(text)!;
        var sessions = await demo.Factory.SessionsOfAsync(TestAccounts.CoachLeroy);
        Assert.Equal(sessions.Select(s => $"session-{s.Id:D}@cohorts").Order(), calendar.Events.Select(e => e.Uid).Order());
        foreach (var session in sessions)
        {
            var calendarEvent = calendar.Events.Single(e => e.Uid == $"session-{session.Id:D}@cohorts");
            Assert.Equal(session.PlannedAt.UtcDateTime, calendarEvent.DtStart!.AsUtc);
            Assert.True(calendarEvent.DtEnd!.AsUtc > calendarEvent.DtStart.AsUtc);
            Assert.StartsWith(session.Title, calendarEvent.Summary, StringComparison.Ordinal);
            Assert.Equal("Europe/Paris", calendarEvent.DtStart.TzId);
        }

        var summer = calendar.Events.Single(e => e.Uid == $"session-{upcoming.Id:D}@cohorts");
        Assert.Equal(new DateTime(2026, 7, 2, 10, 0, 0), summer.DtStart!.Value);
        Assert.Contains("Les bâtisseurs", summer.Description, StringComparison.Ordinal);

        // A coaching session's title names its company; the descriptions are in the coach's language (French: not chosen).
        string company;
        await using (var db = await demo.Factory.DomainAsync())
        {
            company = await db.Companies.Where(c => c.Id == upcoming.CompanyIds[0]).Select(c => c.Name).SingleAsync();
        }

        Assert.Equal($"{upcoming.Title} · {company}", summer.Summary);
        Assert.Contains("Compte rendu à saisir (en retard).", calendar.Events.Single(e => e.Uid == $"session-{late.Id:D}@cohorts").Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Outcome", text, StringComparison.Ordinal);
        Assert.Equal(upcoming.Location, summer.Location);
        Assert.EndsWith($"/coach/sessions/{upcoming.Id:D}", summer.Url?.ToString(), StringComparison.Ordinal);
        Assert.Single(calendar.TimeZones, z => z.TzId == "Europe/Paris");
        Assert.Contains("BEGIN:DAYLIGHT", text, StringComparison.Ordinal); // the zone's rules, not just its name
        Assert.Contains("BEGIN:STANDARD", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_ACancelledSession_StaysAsCancelledWithTheSequenceOfItsEmail()
    {
        var cancelled = await demo.Factory.PlanSessionAsync(TestAccounts.CoachLeroy, DemoHostFixture.Now.AddDays(10));
        var kept = await demo.Factory.PlanSessionAsync(TestAccounts.CoachLeroy, DemoHostFixture.Now.AddDays(11));
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using (var response = await manager.PostAsync($"/api/sessions/{cancelled.Id}/cancel", System.Net.Http.Json.JsonContent.Create(new { reason = "Le dirigeant est malade." })))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);
        var calendar = Ical.Net.Calendar.Load(await client.GetStringAsync("/api/coach/calendar.ics"))!;
        var dropped = calendar.Events.Single(e => e.Uid == $"session-{cancelled.Id:D}@cohorts");
        Assert.Equal("CANCELLED", dropped.Status);
        Assert.Equal("CONFIRMED", calendar.Events.Single(e => e.Uid == $"session-{kept.Id:D}@cohorts").Status);

        // The cancellation's e-mail carried the same SEQUENCE: an application that imported it sees one event.
        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var key = $"session-{cancelled.Id:D}/cancelled";
        var mail = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Key == key);
        Assert.Equal(JsonDocument.Parse(mail.Data).RootElement.GetProperty("sequence").GetInt32(), dropped.Sequence);
        var listed = (await client.GetStringAsync("/api/coach/sessions"));
        Assert.Contains("cancelledAt", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarIcs_SignedInCoach_AnswersTheSameEventsAsTheFeed()
    {
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        using var anonymous = demo.Factory.CreateClient();

        var mine = Ical.Net.Calendar.Load(await client.GetStringAsync("/api/coach/calendar.ics"))!;
        var feed = Ical.Net.Calendar.Load(await anonymous.GetStringAsync($"/api/calendar/{await TokenOfAsync(TestAccounts.CoachMartin)}.ics"))!;

        Assert.NotEmpty(mine.Events);
        Assert.Equal(feed.Events.Select(e => e.Uid).Order(), mine.Events.Select(e => e.Uid).Order());
        Assert.Equal((await demo.Factory.SessionsOfAsync(TestAccounts.CoachMartin)).Count, mine.Events.Count);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("short")]
    public async Task Feed_UnknownToken_Answers404(string token)
    {
        using var client = demo.Factory.CreateClient();

        using var response = await client.GetAsync($"/api/calendar/{token}.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Feed_EmptyTokenOfAUser_NeverMatches()
    {
        await using (var scope = demo.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>();
            await demo.Factory.CreateUserAsync("no-calendar@cohorts.test", CohortsRoles.Coach);
            var user = (await users.FindByEmailAsync("no-calendar@cohorts.test"))!;
            user.CalendarToken = string.Empty;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }

        using var client = demo.Factory.CreateClient();

        using var response = await client.GetAsync("/api/calendar/.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Feed_FunderToken_Answers404()
    {
        using var client = demo.Factory.CreateClient();

        using var response = await client.GetAsync($"/api/calendar/{await TokenOfAsync(TestAccounts.Funder)}.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CalendarToken_New_RevokesTheOldAddress()
    {
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachBenali);
        using var anonymous = demo.Factory.CreateClient();
        var old = $"/api/calendar/{await TokenOfAsync(TestAccounts.CoachBenali)}.ics";
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(old)).StatusCode);

        using var renewed = await coach.PostAsync("/api/coach/calendar-token", null);

        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        using var body = JsonDocument.Parse(await renewed.Content.ReadAsStringAsync());
        var url = new Uri(body.RootElement.GetProperty("url").GetString()!);
        Assert.True(url.IsAbsoluteUri);
        Assert.Equal($"/api/calendar/{await TokenOfAsync(TestAccounts.CoachBenali)}.ics", url.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url.AbsolutePath)).StatusCode);
    }

    [Theory]
    [InlineData(TestAccounts.Manager)]
    [InlineData(TestAccounts.Funder)]
    public async Task CalendarToken_NotACoach_Answers403(string email)
    {
        using var client = await demo.Factory.CreateApiClientAsync(email);

        using var response = await client.PostAsync("/api/coach/calendar-token", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CalendarToken_NotSignedIn_Answers401()
    {
        using var client = demo.Factory.CreateClient();

        using var response = await client.PostAsync("/api/coach/calendar-token", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<string> TokenOfAsync(string email)
    {
        await using var scope = demo.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>();
        return (await users.FindByEmailAsync(email))!.CalendarToken;
    }
}
