using System.Net;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Manager;
using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Scheduling;

/// <summary>
/// Lives a launched cohort's months on an installation: the clock moves to the next thing due (a timer's due time, the
/// end of a session), the host's own Quartz scheduling fires the timers (the test never fires them itself and waits,
/// bounded, until none is overdue), each session is recorded once it has ended as its people would (a coaching session by
/// its coach, an event by the manager, everyone present, the expected visitors counted), and the host is stopped once,
/// its clock moved while it is down, and started again on the same files.
/// </summary>
internal static class LiveCohortRun
{
    private const int MaxSteps = 5_000;

    /// <summary>Runs the cohort until <paramref name="until"/>, with the host down from <paramref name="down"/> to <paramref name="up"/>.</summary>
    public static async Task RunAsync(LiveInstallation live, Guid cohortId, DateTimeOffset until, DateTimeOffset down, DateTimeOffset up)
    {
        var restarted = false;
        for (var step = 0; step < MaxSteps; step++)
        {
            await SettleAsync(live);
            await RecordEndedAsync(live, cohortId, PromisedLaunch.Manager);
            await SettleAsync(live);
            var next = await NextAsync(live, cohortId);
            if (!restarted && (next is null || next >= down))
            {
                live.Clock.SetUtcNow(down);
                await SettleAsync(live);
                await live.RestartAsync(up);
                restarted = true;
                continue;
            }

            if (next is null || next > until)
            {
                return;
            }

            live.Clock.SetUtcNow(next.Value);
        }

        Assert.Fail($"The cohort did not reach {until:O} in {MaxSteps} clock steps.");
    }

    /// <summary>Waits (real time, bounded) until the host has fired every timer due by now.</summary>
    private static Task SettleAsync(LiveInstallation live) =>
        Eventually.TrueAsync(
            async token => await live.Host.Runtime().GetNextTimerDueAtAsync(token) is not { } due || due > live.Clock.GetUtcNow(),
            TimeSpan.FromSeconds(60));

    /// <summary>The next instant something is due: a timer, or the end of a session not recorded yet.</summary>
    private static async Task<DateTimeOffset?> NextAsync(LiveInstallation live, Guid cohortId)
    {
        var now = live.Clock.GetUtcNow();
        var timer = await live.Host.Runtime().GetNextTimerDueAtAsync();
        await using var db = await live.Host.DomainAsync();
        var ends = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Outcome == null && s.CancelledAt == null).Select(s => s.EndsAt).ToListAsync())
            .Where(e => e > now);
        return ends.Concat(timer is { } t ? [t] : []).Cast<DateTimeOffset?>().Min();
    }

    /// <summary>Records, through the API, every session that has ended and has no outcome yet.</summary>
    private static async Task RecordEndedAsync(LiveInstallation live, Guid cohortId, string manager)
    {
        var now = live.Clock.GetUtcNow();
        List<Session> ended;
        Dictionary<Guid, string> coachEmails;
        await using (var db = await live.Host.DomainAsync())
        {
            ended = [.. (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Outcome == null && s.CancelledAt == null).ToListAsync())
                .Where(s => s.EndsAt <= now)
                .OrderBy(s => s.PlannedAt)];
            coachEmails = await db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId).ToDictionaryAsync(c => c.Id, c => c.Email);
        }

        foreach (var session in ended)
        {
            var recorder = session.Kind == SessionKind.Coaching && session.CoachId is { } coachId ? coachEmails[coachId] : manager;
            var client = await live.ClientAsync(recorder);
            await client.PostJsonAsync(
                $"/api/sessions/{session.Id}/outcome",
                new
                {
                    attendance = session.CompanyIds.Select(id => new { companyId = id, present = true }),
                    notes = "Séance tenue comme prévu.",
                    visitors = session.Kind == SessionKind.Coaching ? null : session.ExpectedVisitors,
                },
                HttpStatusCode.OK);
        }
    }
}
