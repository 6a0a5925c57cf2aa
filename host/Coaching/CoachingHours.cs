using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Coaching;

/// <summary>Hours of coaching: sessions' lengths added up, and the hours each cohort's programme gives a company.</summary>
public static class CoachingHours
{
    /// <summary>Adds up sessions' lengths, in hours (two decimals).</summary>
    public static decimal Of(IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> sessions) =>
        Math.Round((decimal)sessions.Sum(s => (s.End - s.Start).TotalHours), 2);

    /// <summary>Reads the hours each cohort's programme gives a company (cohorts whose programme budgets none are left out).</summary>
    public static async Task<Dictionary<Guid, decimal?>> BudgetsAsync(CohortsDbContext db, IEnumerable<Guid> cohortIds, CancellationToken cancellationToken)
    {
        var ids = cohortIds.Distinct().ToList();
        var rows = await db.Cohorts.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Join(db.Programmes, c => c.ProgrammeId, p => p.Id, (c, p) => new { c.Id, p.HoursPerCompany })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.HoursPerCompany is not null).ToDictionary(r => r.Id, r => (decimal?)Math.Round((decimal)r.HoursPerCompany!.Value.TotalHours, 2));
    }
}
