using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>What a programme manager or a funder reads about a cohort (entities read without tracking).</summary>
public sealed class CohortQueries
{
    private readonly CohortsStore _store;

    internal CohortQueries(CohortsStore store) => _store = store;

    /// <summary>Reads a cohort.</summary>
    /// <exception cref="DomainRuleException">No cohort has that id.</exception>
    public async Task<Cohort> GetCohortAsync(Guid cohortId, CancellationToken cancellationToken = default) =>
        await _store.ReadAsync(db => db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken), cancellationToken)
            ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);

    /// <summary>Lists a cohort's companies (each with its status and coach), by name; optionally only some statuses.</summary>
    /// <exception cref="DomainRuleException">No cohort has that id.</exception>
    public Task<List<Company>> GetCompaniesAsync(Guid cohortId, IReadOnlyCollection<CompanyStatus>? statuses = null, CancellationToken cancellationToken = default) =>
        ReadAsync(
            cohortId,
            db => db.Companies.AsNoTracking()
                .Where(c => c.CohortId == cohortId && (statuses == null || statuses.Contains(c.Status)))
                .OrderBy(c => c.Name)
                .ToListAsync(cancellationToken),
            cancellationToken);

    /// <summary>Lists a cohort's coaches, by name.</summary>
    /// <exception cref="DomainRuleException">No cohort has that id.</exception>
    public Task<List<Coach>> GetCoachesAsync(Guid cohortId, CancellationToken cancellationToken = default) =>
        ReadAsync(cohortId, db => db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId).OrderBy(c => c.Name).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>Lists a cohort's funders, by name.</summary>
    /// <exception cref="DomainRuleException">No cohort has that id.</exception>
    public Task<List<Funder>> GetFundersAsync(Guid cohortId, CancellationToken cancellationToken = default) =>
        ReadAsync(cohortId, db => db.Funders.AsNoTracking().Where(f => f.CohortId == cohortId).OrderBy(f => f.Name).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>Lists a cohort's sessions and collective events planned in [from, to) (either bound optional), in time order.</summary>
    /// <exception cref="DomainRuleException">No cohort has that id.</exception>
    public Task<List<Session>> GetSessionsAsync(Guid cohortId, DateTimeOffset? from = null, DateTimeOffset? to = null, CancellationToken cancellationToken = default) =>
        ReadAsync(
            cohortId,
            db => db.Sessions.AsNoTracking()
                .Where(s => s.CohortId == cohortId && (from == null || s.PlannedAt >= from) && (to == null || s.PlannedAt < to))
                .OrderBy(s => s.PlannedAt)
                .ThenBy(s => s.Id)
                .ToListAsync(cancellationToken),
            cancellationToken);

    /// <summary>Lists a cohort's milestones (company-level and cohort-level), by due date.</summary>
    /// <exception cref="DomainRuleException">No cohort has that id.</exception>
    public Task<List<Milestone>> GetMilestonesAsync(Guid cohortId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            cohortId,
            db => db.Milestones.AsNoTracking().Where(m => m.CohortId == cohortId).OrderBy(m => m.DueAt).ThenBy(m => m.Id).ToListAsync(cancellationToken),
            cancellationToken);

    private Task<T> ReadAsync<T>(Guid cohortId, Func<CohortsDbContext, Task<T>> query, CancellationToken cancellationToken) =>
        _store.ReadAsync(
            async db => await db.Cohorts.AnyAsync(c => c.Id == cohortId, cancellationToken)
                ? await query(db)
                : throw DomainRuleException.NotFound("cohortId", "cohort", cohortId),
            cancellationToken);
}
