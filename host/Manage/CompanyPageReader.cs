using Cohorts.Host.Access;
using Cohorts.Host.Coaching;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Manage;

/// <summary>Reads a company of a cohort the user manages, with its sessions, for the manager's company page.</summary>
public sealed class CompanyPageReader(UserAccess access, CohortReader companies, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock)
{
    /// <summary>Reads the company.</summary>
    /// <exception cref="AccessDeniedException">The user does not manage the cohort.</exception>
    /// <exception cref="DomainRuleException">No such cohort or company, or the company is of another cohort (404).</exception>
    public async Task<CompanyPage> ReadAsync(Guid cohortId, Guid companyId, CancellationToken cancellationToken = default)
    {
        var (company, cohort) = await CompanyAsync(cohortId, companyId, cancellationToken);
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var joinedAt = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => c.JoinedAt).SingleAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == cohortId && s.CompanyIds.Contains(companyId))
            .OrderBy(s => s.PlannedAt)
            .ToListAsync(cancellationToken);
        var reader = new SessionReader(domain, clock);
        var details = new List<SessionDetails>(sessions.Count);
        foreach (var session in sessions)
        {
            details.Add(await reader.ReadAsync(session, cohort, cancellationToken));
        }

        return new CompanyPage(company, cohort.Cohort.Name, joinedAt, details);
    }

    /// <summary>The company alone, with its cohort (for its pages that need no sessions, such as correcting its details).</summary>
    /// <exception cref="AccessDeniedException">The user does not manage the cohort.</exception>
    /// <exception cref="DomainRuleException">No such cohort or company, or the company is of another cohort (404).</exception>
    public async Task<(CompanyView Company, CohortAccess Cohort)> CompanyAsync(Guid cohortId, Guid companyId, CancellationToken cancellationToken = default)
    {
        var cohort = await access.RequireCohortManagerAsync(cohortId, cancellationToken);
        var company = await companies.GetCompanyAsync(companyId, cancellationToken);
        return company.CohortId == cohortId ? (company, cohort) : throw DomainRuleException.NotFound("companyId", "company", companyId);
    }
}
