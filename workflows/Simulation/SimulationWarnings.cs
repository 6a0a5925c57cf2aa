using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Simulation;

/// <summary>Finds the conflicts a previewed cohort holds: what a manager should know before launching it.</summary>
internal static class SimulationWarnings
{
    public static List<SimulationWarning> Find(
        Programme programme,
        DateTimeOffset endOfCohort,
        IReadOnlyList<Coach> coaches,
        IReadOnlyList<Company> companies,
        IReadOnlyList<Session> sessions,
        IReadOnlyList<Milestone> milestones,
        BusinessCalendar? eventCalendar,
        TimeZoneInfo zone)
    {
        var warnings = new List<SimulationWarning>();
        var companyNames = companies.ToDictionary(c => c.Id, c => c.Name);
        foreach (var coach in coaches)
        {
            var taken = companies.Count(c => c.CoachId == coach.Id);
            if (taken > coach.Capacity)
            {
                warnings.Add(new SimulationWarning(SimulationWarningKind.CoachOverCapacity, null, null, coach.Name, null, taken, coach.Capacity));
            }

            var own = sessions.Where(s => s.CoachId == coach.Id).OrderBy(s => s.PlannedAt).ToList();
            for (var i = 1; i < own.Count; i++)
            {
                if (own[i].PlannedAt < own[i - 1].EndsAt)
                {
                    warnings.Add(new SimulationWarning(SimulationWarningKind.CoachOverCapacity, own[i].PlannedAt, own[i].Title, coach.Name, Company(own[i], companyNames)));
                }
            }
        }

        if (programme.HoursPerCompany is { } budget)
        {
            foreach (var company in companies)
            {
                var planned = sessions.Where(s => s.Kind == SessionKind.Coaching && s.CompanyIds.Contains(company.Id)).Sum(s => (s.EndsAt - s.PlannedAt).TotalHours);
                if (planned > budget.TotalHours)
                {
                    warnings.Add(new SimulationWarning(SimulationWarningKind.HoursOverBudget, null, null, null, company.Name, (decimal)planned, (decimal)budget.TotalHours));
                }
            }
        }

        var events = sessions.Where(s => s.CoachId is null).OrderBy(s => s.PlannedAt).ThenBy(s => s.Title, StringComparer.Ordinal).ThenBy(s => s.Id).ToList();
        foreach (var byDay in events.GroupBy(e => Day(e.PlannedAt, zone)).Where(g => g.Count() > 1))
        {
            warnings.Add(new SimulationWarning(SimulationWarningKind.EventsSameDay, byDay.First().PlannedAt, string.Join(" / ", byDay.Select(e => e.Title)), null, null));
        }

        if (eventCalendar is not null)
        {
            warnings.AddRange(events
                .Where(e => !eventCalendar.IsWorkingDay(Day(e.PlannedAt, zone)))
                .Select(e => new SimulationWarning(SimulationWarningKind.EventOnExcludedDay, e.PlannedAt, e.Title, null, null)));
        }

        warnings.AddRange(sessions
            .Where(s => s.PlannedAt >= endOfCohort)
            .OrderBy(s => s.PlannedAt)
            .Select(s => new SimulationWarning(SimulationWarningKind.SessionAfterEnd, s.PlannedAt, s.Title, null, Company(s, companyNames))));
        warnings.AddRange(milestones
            .Where(m => m.DueAt >= endOfCohort)
            .OrderBy(m => m.DueAt)
            .Select(m => new SimulationWarning(SimulationWarningKind.ReviewAfterEnd, m.DueAt, m.Name, null, m.CompanyId is { } id ? companyNames.GetValueOrDefault(id) : null)));
        return [.. warnings.Select(w => w.At is { } at ? w with { At = TimeZoneInfo.ConvertTime(at, zone) } : w)];
    }

    private static DateOnly Day(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static string? Company(Session session, IReadOnlyDictionary<Guid, string> names) =>
        session.Kind == SessionKind.Coaching && session.CompanyIds.Count == 1 ? names.GetValueOrDefault(session.CompanyIds[0]) : null;
}
