using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Scheduling;

/// <summary>
/// Reads what <see cref="SessionPlacement"/> needs from the domain (in the step's transaction): the coach's working
/// days and hours, the programme's session length, the company's rank among the coach's companies of the cohort, and what the coach is busy with
/// (their sessions in every cohort, by e-mail address, and their cohort's events, which their companies attend).
/// </summary>
internal static class CoachSlots
{
    /// <summary>Reads how long a coaching session of the cohort's programme lasts.</summary>
    public static async Task<TimeSpan> SessionLengthAsync(CohortsDbContext db, Guid cohortId, CancellationToken cancellationToken) =>
        await db.Cohorts
            .Where(c => c.Id == cohortId)
            .Join(db.Programmes, c => c.ProgrammeId, p => p.Id, (c, p) => (TimeSpan?)p.SessionLength)
            .SingleOrDefaultAsync(cancellationToken) ?? SessionLengths.Coaching;

    /// <summary>Finds when a coaching session starts and ends: a free slot of the coach from the target day.</summary>
    /// <remarks>When no slot is free within a year (or the coach is unknown), the session keeps its target time.</remarks>
    public static async Task<(DateTimeOffset Start, DateTimeOffset End)> FindAsync(
        CohortsDbContext db,
        Guid cohortId,
        Guid coachId,
        Guid companyId,
        DateTimeOffset target,
        BusinessCalendar? calendar,
        TimeZoneInfo zone,
        CancellationToken cancellationToken)
    {
        var length = await SessionLengthAsync(db, cohortId, cancellationToken);
        var coach = await db.Coaches.AsNoTracking().SingleOrDefaultAsync(c => c.Id == coachId, cancellationToken);
        if (coach is null)
        {
            return (target, target + length);
        }

        var companies = await db.Companies.Where(c => c.CohortId == cohortId && c.CoachId == coachId).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var rank = companies
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Id)
            .Select(c => c.Id)
            .ToList()
            .IndexOf(companyId);

        // Everything that ends after the target day's midnight: the slots are looked for from that day on.
        var from = ZonedTime.ToInstant(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(target, zone).DateTime).ToDateTime(TimeOnly.MinValue), zone);
        // One person coaches in several cohorts with a coach record in each (same e-mail address): all of theirs count.
        var email = coach.Email;
        var records = await db.Coaches.Where(c => c.Email == email).Select(c => (Guid?)c.Id).ToListAsync(cancellationToken);
        // Two reads that each follow an index (coach then time, cohort then time) over the year a slot is looked for in;
        // one read with an OR scanned every session of the file, per session placed. No session lasts a day, so one
        // that starts the day before is the earliest that can still be running.
        var earliest = from.AddDays(-1);
        var latest = from.AddDays((SlotCandidates.MaxDays * 7 / 5) + 60); // MaxDays working days, with room for closures
        var coachSessions = await db.Sessions
            .Where(s => records.Contains(s.CoachId) && s.PlannedAt >= earliest && s.PlannedAt < latest)
            .Select(s => new BusyTime(s.PlannedAt, s.EndsAt))
            .ToListAsync(cancellationToken);
        var events = await db.Sessions
            .Where(s => s.CohortId == cohortId && s.CoachId == null && s.PlannedAt >= earliest && s.PlannedAt < latest)
            .Select(s => new BusyTime(s.PlannedAt, s.EndsAt))
            .ToListAsync(cancellationToken);
        List<BusyTime> busy = [.. coachSessions.Concat(events).Where(b => b.End > from)];
        var day = new CoachDay(coach.AvailableDays, coach.WorkStart, coach.WorkEnd, length);
        var start = SessionPlacement.Place(target, rank, companies.Count, day, busy, calendar, zone) ?? target;
        return (start, start + length);
    }
}
