using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Reporting;

/// <summary>Sessions and events of one month of a cohort (the programme's local month).</summary>
/// <param name="Month">The month's first day.</param>
/// <param name="Planned">Sessions and events planned in the month (held or not).</param>
/// <param name="Held">Those whose outcome is recorded.</param>
public sealed record SessionMonth(DateOnly Month, int Planned, int Held)
{
    /// <summary>Counts every month from the cohort's start to its end (months without sessions count zero).</summary>
    public static IReadOnlyList<SessionMonth> Count(Cohort cohort, IEnumerable<Session> sessions, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(zone);
        var byMonth = sessions
            .GroupBy(s => FirstOfMonth(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.PlannedAt, zone).DateTime)))
            .ToDictionary(g => g.Key, g => (Planned: g.Count(), Held: g.Count(s => s.IsHeld)));
        var months = new List<SessionMonth>();
        var last = FirstOfMonth(cohort.EndDate);
        for (var month = FirstOfMonth(cohort.StartDate); month <= last; month = month.AddMonths(1))
        {
            var (planned, held) = byMonth.GetValueOrDefault(month);
            months.Add(new SessionMonth(month, planned, held));
        }

        return months;
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
