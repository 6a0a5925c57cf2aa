using Microsoft.Extensions.Time.Testing;
using static Cohorts.Host.Tests.Scheduling.PromisedSlot;

namespace Cohorts.Host.Tests.Scheduling;

/// <summary>
/// The launch preview is a promise the live host keeps: a cohort of a built-in programme previewed through the API,
/// then launched on the host a few days before it starts with the same inputs (the preview's own companies, coaches and
/// funder), its first months lived on a fake clock across Paris's change to summer time and French public holidays,
/// its sessions recorded as its people would, the host stopped across the clock change and started again on the same
/// SQLite files. The host, timers fired by its own Quartz scheduling, places every session and event on the day and at
/// the local time the preview said, fires every timer once and on time, and owes no reminder of an outcome recorded on time.
/// </summary>
public sealed class LivePreviewPromiseTests
{
    [Fact]
    public async Task BoostCohort_LivedAcrossTheClockChangeEasterAndARestart_KeepsThePreviewsCalendar()
    {
        // Starting on Friday 12 March 2027: Happy Innov n°1 (17 days on) is due on Easter Monday 29 March, the day after
        // the clocks go forward; Innov Tour n°3 (the 15th) on a Saturday, then Whit Monday 17 May.
        await using var live = new LiveInstallation(new FakeTimeProvider(Local(2027, 3, 8, 10, 0)));
        var (previewed, cohortId) = await PromisedLaunch.RunAsync(live, "boost-innovation", new DateOnly(2027, 3, 12));

        // Down from Saturday 27 March at 22:00 to Tuesday 30 March at 08:30, across the change and Easter Monday.
        var (down, up, until) = (Local(2027, 3, 27, 22, 0), Local(2027, 3, 30, 8, 30), Local(2027, 6, 1, 0, 0));
        await LiveCohortRun.RunAsync(live, cohortId, until, down, up);
        var placed = await PromiseAssertions.AssertKeptAsync(live, cohortId, previewed, until, down, up);

        // The days the calendar moved, written out: the preview and the live host could agree and both be wrong.
        Assert.Equal(17 * 3 + 6, placed.Count(s => s.At < until));
        Assert.Contains(placed, s => s.Title == "Happy Innov n°1" && s.At == Local(2027, 3, 30, 18, 30));
        Assert.Contains(placed, s => s.Title == "Visite Innov Tour n°3" && s.At == Local(2027, 5, 18, 14, 0));
        Assert.Contains(placed, s => s.Title == "Séance de coaching n°1" && s.At == Local(2027, 3, 12, 10, 0));
        Assert.Contains(placed, s => s.Title == "Séance de coaching n°2" && s.At == Local(2027, 4, 12, 10, 0));
    }

    [Fact]
    public async Task OpenLabCohort_LivedAcrossTheClockChangeWhitMondayAndARestart_KeepsThePreviewsCalendar()
    {
        // Starting on Wednesday 17 March 2027: conference n°1 that evening, its cold feedback a month on (Saturday
        // 17 April, so Monday 19th, after the clocks went forward), conference n°2 on Whit Monday 17 May, so Tuesday 18th.
        await using var live = new LiveInstallation(new FakeTimeProvider(Local(2027, 3, 15, 10, 0)));
        var (previewed, cohortId) = await PromisedLaunch.RunAsync(live, "openlab-exploration-innovation", new DateOnly(2027, 3, 17));

        // Down for the Easter week, across the change: the cold feedback's planning (14 days ahead, 5 April) is due meanwhile.
        var (down, up, until) = (Local(2027, 3, 27, 22, 0), Local(2027, 4, 6, 8, 30), Local(2027, 7, 1, 0, 0));
        await LiveCohortRun.RunAsync(live, cohortId, until, down, up);
        var placed = await PromiseAssertions.AssertKeptAsync(live, cohortId, previewed, until, down, up);

        Assert.Equal(4, placed.Count(s => s.At < until));
        Assert.Contains(placed, s => s.Kind == "Conference" && s.Title.StartsWith("Conférence n°1 ", StringComparison.Ordinal) && s.At == Local(2027, 3, 17, 18, 0));
        Assert.Contains(placed, s => s.Kind == "Feedback" && s.Title.StartsWith("Retour à froid sur la conférence n°1\u00a0", StringComparison.Ordinal) && s.At == Local(2027, 4, 19, 18, 0));
        Assert.Contains(placed, s => s.Kind == "Conference" && s.Title.StartsWith("Conférence n°2 ", StringComparison.Ordinal) && s.At == Local(2027, 5, 18, 18, 0));
        Assert.Contains(placed, s => s.Kind == "Feedback" && s.Title.StartsWith("Retour à froid sur la conférence n°2\u00a0", StringComparison.Ordinal) && s.At == Local(2027, 6, 18, 18, 0));
    }
}
