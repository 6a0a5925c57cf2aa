using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Reporting;

/// <summary>
/// Reads a cohort's recorded data (read-only, one context) and computes its progress at the clock's now. Nothing is
/// stored: the figures always agree with the sessions, milestones and companies in the database.
/// </summary>
/// <param name="domain">The cohort domain's contexts.</param>
/// <param name="clock">The clock.</param>
public sealed class ProgressReader(IDbContextFactory<CohortsDbContext> domain, TimeProvider clock)
{
    /// <summary>Reads and computes a cohort's progress (rights are the caller's to check first).</summary>
    /// <exception cref="DomainRuleException">No cohort has that id (404 naming <c>cohortId</c>).</exception>
    public async Task<CohortProgress> ReadAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken)
            ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == cohort.ProgrammeId, cancellationToken);
        var companies = await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId).ToListAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohortId).ToListAsync(cancellationToken);
        var coaches = await db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId).ToListAsync(cancellationToken);
        var funders = await db.Funders.AsNoTracking().Where(f => f.CohortId == cohortId).ToListAsync(cancellationToken);

        var report = ProgressCalculator.Compute(new ProgressSnapshot(cohort, programme, companies, sessions, milestones, clock.GetUtcNow()) { Funders = funders });
        var zone = TimeZoneInfo.FindSystemTimeZoneById(programme.TimeZoneId);
        return new CohortProgress(
            cohort,
            programme,
            report,
            companies.ToDictionary(c => c.Id),
            coaches.ToDictionary(c => c.Id),
            [.. funders.OrderBy(f => f.Name, StringComparer.Ordinal)],
            SessionMonth.Count(cohort, sessions, zone));
    }
}
