using Cohorts.Engine.Time;

namespace Cohorts.Workflows.Scheduling;

/// <summary>
/// Places a coaching session in a free slot of its coach, the same way whatever order the workflows' steps run in (the
/// preview and the live host step in different orders, and the preview is a promise):
/// <list type="number">
/// <item>The preferred slot is derived, not searched: the company's rank among its cohort's companies (by name, then
/// id: fixed at launch), plus, on odd occurrences, the cohort's size. Two companies of one coach never want the same
/// slot, nor one company's consecutive occurrences when a closure moves both onto one day.</item>
/// <item>The slots are the coach's (<see cref="SlotCandidates"/>): from the target day, spread over a working week.</item>
/// <item>A slot that is taken anyway (an event of the cohort, another cohort's session of the same coach) sends it on to
/// the next slot of its own series, <c>preferred + k × 2 × companies</c>: each company and parity has its own series of
/// slots, no other session of the cohort ever wants one of them, so who was placed first never matters.</item>
/// </list>
/// </summary>
internal static class SessionPlacement
{
    /// <summary>Finds the start of the session, or null when no slot is free within <see cref="SlotCandidates.MaxDays"/> working days.</summary>
    /// <param name="target">When the session was meant to be (its day is where the search starts).</param>
    /// <param name="rank">The company's rank in its cohort (0-based).</param>
    /// <param name="companies">How many companies the cohort has.</param>
    /// <param name="occurrence">The occurrence (0-based), from RecurringSessions; 0 otherwise.</param>
    /// <param name="day">The coach's working day.</param>
    /// <param name="busy">What is taken already.</param>
    /// <param name="calendar">The definition's calendar, if any.</param>
    /// <param name="zone">The definition's time zone.</param>
    public static DateTimeOffset? Place(
        DateTimeOffset target,
        int rank,
        int companies,
        int occurrence,
        CoachDay day,
        IReadOnlyList<BusyTime> busy,
        BusinessCalendar? calendar,
        TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(target, zone).DateTime;
        var slots = new SlotCandidates(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), day, calendar, zone);
        var size = Math.Max(1, companies);
        var preferred = Math.Max(0, rank) + (occurrence % 2 == 1 ? size : 0);
        for (var index = preferred; ; index += 2 * size)
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
