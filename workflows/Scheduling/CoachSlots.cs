using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;

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
        await SlotQueries.For(db).SessionLength(db, cohortId, cancellationToken) ?? SessionLengths.Coaching;

    /// <summary>Finds when a coaching session starts and ends: a free slot of the coach from the target day.</summary>
    /// <remarks>
    /// When no slot is free within a year (or the coach is unknown), the session keeps its target time. Three compiled
    /// reads: the coach with the session length, the coach's companies in the cohort, and what the person is busy with.
    /// </remarks>
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
        var queries = SlotQueries.For(db);
        var coach = await queries.CoachAndLength(db, coachId, cohortId, cancellationToken);
        if (coach is null)
        {
            var unknown = await SessionLengthAsync(db, cohortId, cancellationToken);
            return (target, target + unknown);
        }

        var length = coach.SessionLength ?? SessionLengths.Coaching;

        List<SlotCompany> companies = [];
        await foreach (var company in queries.Companies(db, cohortId, coachId).WithCancellation(cancellationToken))
        {
            companies.Add(company);
        }

        var rank = companies
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Id)
            .Select(c => c.Id)
            .ToList()
            .IndexOf(companyId);

        // Everything that ends after the target day's midnight: the slots are looked for from that day on.
        var from = ZonedTime.ToInstant(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(target, zone).DateTime).ToDateTime(TimeOnly.MinValue), zone);

        // One person coaches in several cohorts with a coach record in each (same e-mail address): all of theirs count,
        // with their cohort's events, over the year a slot is looked for in (each read follows an index: coach then
        // time, cohort then time). No session lasts a day, so one that starts the day before is the earliest that can
        // still be running.
        var earliest = from.AddDays(-1);
        var latest = from.AddDays((SlotCandidates.MaxDays * 7 / 5) + 60); // MaxDays working days, with room for closures
        List<BusyTime> busy = [];
        await foreach (var time in queries.Busy(db, coach.Email, cohortId, earliest, latest).WithCancellation(cancellationToken))
        {
            if (time.End > from)
            {
                busy.Add(time);
            }
        }

        var day = new CoachDay(coach.Days, coach.Start, coach.End, length);
        var start = SessionPlacement.Place(target, rank, companies.Count, day, busy, calendar, zone) ?? target;
        return (start, start + length);
    }
}
