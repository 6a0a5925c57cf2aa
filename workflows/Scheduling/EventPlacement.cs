using Cohorts.Engine.Time;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Scheduling;

/// <summary>
/// Keeps a cohort's collective events apart: an event whose day holds another event of its cohort already (a closure
/// moved two onto its first working day, say) goes to the next working day free of the cohort's events, at the same
/// local time. The cohort-wide workflow plans its events one step at a time, in the order of their planning timers,
/// so the preview and the live host move the same ones.
/// </summary>
internal static class EventPlacement
{
    /// <summary>Finds the event's start: <paramref name="planned"/>, or a later working day free of the cohort's events.</summary>
    public static async Task<DateTimeOffset> FindAsync(
        CohortsDbContext db,
        Guid cohortId,
        DateTimeOffset planned,
        BusinessCalendar? calendar,
        TimeZoneInfo zone,
        CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(planned, zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        var from = ZonedTime.ToInstant(day.ToDateTime(TimeOnly.MinValue), zone);
        var starts = await db.Sessions
            .Where(s => s.CohortId == cohortId && s.CoachId == null && s.PlannedAt >= from)
            .Select(s => s.PlannedAt)
            .ToListAsync(cancellationToken);
        var taken = starts.Select(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s, zone).DateTime)).ToHashSet();
        for (var i = 0; i < SlotCandidates.MaxDays && taken.Contains(day); i++)
        {
            day = calendar?.NextWorkingDay(day.AddDays(1)) ?? day.AddDays(1);
        }

        return day == DateOnly.FromDateTime(local) ? planned : ZonedTime.ToInstant(day.ToDateTime(TimeOnly.FromDateTime(local)), zone);
    }
}
