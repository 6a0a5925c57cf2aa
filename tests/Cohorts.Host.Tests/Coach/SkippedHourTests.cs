using System.Net;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Coach;

/// <summary>A session moved to a time the clocks skip (2:30 on the last Sunday of March in Paris) is refused next to the time, not moved to 3:30 without a word.</summary>
public sealed class SkippedHourTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Reschedule_ToTheHourTheClocksSkip_RefusedNextToTheTimeInFrenchAndNotMoved()
    {
        Session session;
        await using (var db = await demo.Factory.DomainAsync())
        {
            var coachIds = await db.Coaches.Where(c => c.Email == TestAccounts.CoachMartin).Select(c => c.Id).ToListAsync();
            session = await db.Sessions.AsNoTracking()
                .Where(s => s.CoachId != null && coachIds.Contains(s.CoachId.Value) && s.Kind == SessionKind.Coaching && s.Outcome == null && s.CancelledAt == null && s.PlannedAt > DemoHostFixture.Now)
                .OrderBy(s => s.PlannedAt)
                .FirstAsync();
        }

        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        var path = $"/coach/sessions/{session.Id}?culture=fr";
        using var response = await Forms.PostAsync(client, $"/coach/sessions/{session.Id}?handler=Change&culture=fr", await Forms.GetAsync(client, path), new Dictionary<string, string>
        {
            ["Change.SessionId"] = session.Id.ToString(),
            ["Change.Action"] = "reschedule",
            ["Change.At"] = "2026-03-29T02:30",
            ["Change.Reason"] = "Changement d’heure",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cette heure n’existe pas ce jour-là\u00a0: les horloges avancent d’une heure.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var after = await demo.Factory.DomainAsync();
        Assert.Equal(session.PlannedAt, (await after.Sessions.AsNoTracking().SingleAsync(s => s.Id == session.Id)).PlannedAt);
    }
}
