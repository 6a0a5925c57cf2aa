using Cohorts.Engine.Time;

namespace Cohorts.Workflows.Scheduling;

/// <summary>
/// Places a coaching session in a free slot of its coach, the same way whatever order the workflows' steps run in (the
/// preview and the live host step in different orders, and the preview is a promise):
/// <list type="number">
/// <item>The preferred slot is derived, not searched: the company's rank among the coach's companies of the cohort (by
/// name, then id). Two companies of one coach never want the same slot. Companies screened in name order, as the
/// preview screens them, each take the next rank, so earlier ranks never move.</item>
/// <item>The slots are the coach's (<see cref="SlotCandidates"/>): from the target day, at most three a day.</item>
/// <item>A slot that is taken anyway (an event of the cohort, another cohort's session of the same coach) sends it on to
/// the next slot of its own series, <c>rank + k × companies</c>: each company has its own series of slots, no other
/// company of the coach ever wants one of them, so who was placed first never matters. A company's own sessions that
/// a closure moves onto one day are planned one after the other by its one workflow, in occurrence order, in the
/// preview as live.</item>
/// </list>
/// </summary>
internal static class SessionPlacement
{
    /// <summary>Finds the start of the session, or null when no slot is free within <see cref="SlotCandidates.MaxDays"/> working days.</summary>
    /// <param name="target">When the session was meant to be (its day is where the search starts).</param>
    /// <param name="rank">The company's rank among the coach's companies (0-based).</param>
    /// <param name="companies">How many companies the coach has in the cohort.</param>
    /// <param name="day">The coach's working day.</param>
    /// <param name="busy">What is taken already.</param>
    /// <param name="calendar">The definition's calendar, if any.</param>
    /// <param name="zone">The definition's time zone.</param>
    public static DateTimeOffset? Place(
        DateTimeOffset target,
        int rank,
        int companies,
        CoachDay day,
        IReadOnlyList<BusyTime> busy,
        BusinessCalendar? calendar,
        TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(target, zone).DateTime;
        var slots = new SlotCandidates(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), day, calendar, zone);
        var size = Math.Max(1, companies);
        for (var index = Math.Max(0, rank); ; index += size)
        {
            if (slots.At(index) is not { } start)
            {
                return null;
            }

            var end = start + day.Length;
            if (!busy.Any(b => b.Overlaps(start, end)))
            {
                return start;
            }
        }
    }
}
