using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>How many companies each coach of a cohort takes now, and which coach a company should get.</summary>
internal static class CoachLoads
{
    /// <summary>Gets the number of companies counting against each coach's capacity: those still in the programme.</summary>
    public static async Task<Dictionary<Guid, int>> ReadAsync(CohortsDbContext db, Guid cohortId, Guid? exceptCompanyId, CancellationToken cancellationToken)
    {
        var loads = await db.Companies
            .Where(c => c.CohortId == cohortId && c.CoachId != null && c.Id != exceptCompanyId)
            .Where(c => c.Status != CompanyStatus.Graduated && c.Status != CompanyStatus.DroppedOut && c.Status != CompanyStatus.Withdrawn && c.Status != CompanyStatus.Rejected)
            .GroupBy(c => c.CoachId!.Value)
            .Select(g => new { CoachId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return loads.ToDictionary(l => l.CoachId, l => l.Count);
    }

    /// <summary>
    /// Picks the coach with a free place whose expertise matches most of the needs (tags compared case-insensitively);
    /// ties go to the coach with the fewest companies, then by name. Null when every coach is full.
    /// </summary>
    public static Coach? Pick(IEnumerable<Coach> coaches, IReadOnlyDictionary<Guid, int> loads, IReadOnlyCollection<string> needs) =>
        coaches
            .Where(c => Load(loads, c) < c.Capacity)
            .OrderByDescending(c => c.Expertise.Count(tag => needs.Contains(tag, StringComparer.OrdinalIgnoreCase)))
            .ThenBy(c => Load(loads, c))
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Id)
            .FirstOrDefault();

    public static int Load(IReadOnlyDictionary<Guid, int> loads, Coach coach) => loads.GetValueOrDefault(coach.Id);
}
