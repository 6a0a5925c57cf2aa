using System.Globalization;
using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;
using Cohorts.Host.Tests.Funder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Scheduling;

/// <summary>What the live host must have done, once a cohort has lived its months, for the preview to have told the truth.</summary>
internal static class PromiseAssertions
{
    /// <summary>
    /// Checks every promise and answers the sessions and events the host placed: those the preview promised before
    /// <paramref name="until"/> are there live, once, at the same local day and time, and nothing else (those planned
    /// ahead beyond it are the preview's too); none on a day off; every timer fired once, on time or at the restart for
    /// those due while the host was down (<paramref name="down"/> to <paramref name="up"/>); no incident; no reminder
    /// of a session outcome, all recorded on time.
    /// </summary>
    public static async Task<IReadOnlyList<PromisedSlot>> AssertKeptAsync(LiveInstallation live, Guid cohortId, IReadOnlyList<PromisedSlot> previewed, DateTimeOffset until, DateTimeOffset down, DateTimeOffset up)
    {
        var placed = await PlacedAsync(live, cohortId);
        var promised = Lines(previewed.Where(s => s.At < until));
        var lived = Lines(placed.Where(s => s.At < until));
        var (missing, extra) = (Without(promised, lived), Without(lived, promised));
        Assert.True(missing.Count + extra.Count == 0, $"Previewed, not live:\n{string.Join('\n', missing)}\nLive, not previewed (or twice):\n{string.Join('\n', extra)}");
        var beyond = Without(Lines(placed.Where(s => s.At >= until)), Lines(previewed.Where(s => s.At >= until)));
        Assert.True(beyond.Count == 0, $"Planned ahead live, not previewed (or twice):\n{string.Join('\n', beyond)}");

        Assert.All(placed, s =>
        {
            Assert.False(s.Day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"On a weekend: {s}");
            Assert.False(FrenchPublicHolidays.Instance.IsHoliday(s.Day), $"On a public holiday: {s}");
            Assert.False(s.Day.Month == 8 || (s.Day.Month == 12 && s.Day.Day >= 24) || (s.Day.Month == 1 && s.Day.Day == 1), $"In a closure: {s}");
        });

        await AssertTimersFiredOnceOnTimeAsync(live, down, up);
        await using var db = await live.Host.DomainAsync();
        var owed = await db.OutgoingMessages.AsNoTracking().Select(m => m.Kind).ToListAsync();
        Assert.Equal(placed.Count(s => s.Kind == "Coaching"), owed.Count(k => k == "session-planned"));
        Assert.DoesNotContain(owed, k => k is "outcome-reminder" or "outcome-escalation");
        return placed;
    }

    private static List<string> Lines(IEnumerable<PromisedSlot> slots) => [.. slots.Select(s => s.ToString()).Order(StringComparer.Ordinal)];

    /// <summary>The lines of <paramref name="lines"/> left once each of <paramref name="others"/> is taken away once.</summary>
    private static List<string> Without(List<string> lines, List<string> others)
    {
        var left = new List<string>(lines);
        foreach (var line in others)
        {
            left.Remove(line);
        }

        return left;
    }

    private static async Task<IReadOnlyList<PromisedSlot>> PlacedAsync(LiveInstallation live, Guid cohortId)
    {
        await using var db = await live.Host.DomainAsync();
        var companies = await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId).ToDictionaryAsync(c => c.Id, c => c.Name);
        var coaches = await db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId).ToDictionaryAsync(c => c.Id, c => c.Name);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.CancelledAt == null).ToListAsync();
        return [.. sessions.Select(s => PromisedSlot.FromLive(s, companies, coaches))];
    }

    /// <summary>
    /// Each timer resumed once, at its due time or, when it fell due while the host was down, at the restart (some
    /// did); none overdue; no incident, no journey faulted.
    /// </summary>
    private static async Task AssertTimersFiredOnceOnTimeAsync(LiveInstallation live, DateTimeOffset down, DateTimeOffset up)
    {
        Assert.True(await live.Host.Runtime().GetNextTimerDueAtAsync() is not { } overdue || overdue > live.Clock.GetUtcNow(), "A timer is overdue.");
        await using var engine = await live.Host.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        var resumed = (await engine.ExecutionLog.AsNoTracking().Where(e => e.Event == ExecutionEvent.ActivityResumed).ToListAsync())
            .Where(e => e.Detail is not null && e.Detail.StartsWith(TimerDue, StringComparison.Ordinal))
            .ToList();
        Assert.Contains(resumed, e => e.At == up); // the start-up catch-up fired what fell due while the host was down
        Assert.DoesNotContain(resumed.GroupBy(e => (e.InstanceId, e.ActivityId, e.Detail)), g => g.Count() > 1);
        Assert.All(resumed, e =>
        {
            var due = DateTimeOffset.Parse(e.Detail![TimerDue.Length..], CultureInfo.InvariantCulture);
            var expected = due > down && due <= up ? up : due;
            Assert.True(e.At == expected, $"{e.ActivityId}: timer due {due:O} fired at {e.At:O}, not {expected:O}.");
        });
        Assert.Equal(0, await engine.Incidents.CountAsync());
        Assert.Equal(0, await engine.Instances.CountAsync(i => i.Status == WorkflowStatus.Faulted));
    }

    private const string TimerDue = "timer due ";
}
