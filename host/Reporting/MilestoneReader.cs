using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Reporting;

/// <summary>Reads milestones with their cohort's and company's names, by due date (rights are the caller's to check first).</summary>
/// <param name="domain">The cohort domain's contexts.</param>
public sealed class MilestoneReader(IDbContextFactory<CohortsDbContext> domain)
{
    /// <summary>Lists a cohort's milestones; with <paramref name="coachId"/>, only those of that coach's companies.</summary>
    public Task<IReadOnlyList<MilestoneView>> ForCohortAsync(Guid cohortId, Guid? coachId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            async db =>
            {
                var milestones = db.Milestones.AsNoTracking().Where(m => m.CohortId == cohortId);
                if (coachId is { } coach)
                {
                    var companyIds = db.Companies.Where(c => c.CohortId == cohortId && c.CoachId == coach).Select(c => (Guid?)c.Id);
                    milestones = milestones.Where(m => companyIds.Contains(m.CompanyId));
                }

                return await milestones.ToListAsync(cancellationToken);
            },
            cancellationToken);

    /// <summary>Lists the milestones funders decide in some cohorts (a funder's review list).</summary>
    public Task<IReadOnlyList<MilestoneView>> ForFunderReviewAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken cancellationToken = default) =>
        ReadAsync(
            db => db.Milestones.AsNoTracking().Where(m => cohortIds.Contains(m.CohortId) && m.Reviewer == ReviewerRole.Funder).ToListAsync(cancellationToken),
            cancellationToken);

    /// <summary>Reads one milestone (null when none has that id).</summary>
    public async Task<MilestoneView?> ByIdAsync(Guid milestoneId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(db => db.Milestones.AsNoTracking().Where(m => m.Id == milestoneId).ToListAsync(cancellationToken), cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<MilestoneView>> ReadAsync(Func<CohortsDbContext, Task<List<Milestone>>> query, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var milestones = await query(db);
        var cohortIds = milestones.Select(m => m.CohortId).Distinct().ToList();
        var companyIds = milestones.Where(m => m.CompanyId is not null).Select(m => m.CompanyId!.Value).Distinct().ToList();
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var companies = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return [.. milestones
            .OrderBy(m => m.DueAt)
            .ThenBy(m => m.CompanyId is { } id ? companies.GetValueOrDefault(id) : null, StringComparer.Ordinal)
            .ThenBy(m => m.Id)
            .Select(m => new MilestoneView(m, cohorts.GetValueOrDefault(m.CohortId, string.Empty), m.CompanyId is { } id ? companies.GetValueOrDefault(id) : null))];
    }
}
