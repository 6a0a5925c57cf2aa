using Cohorts.Host.Access;
using Cohorts.Workflows.Audit;
using Microsoft.EntityFrameworkCore;
using Cohorts.Workflows.Persistence;

namespace Cohorts.Host.Audit;

/// <summary>
/// Who did what: a cohort's recorded actions for the managers of its programme, and the account events for
/// administrators, said in words (<see cref="HistoryWords"/>).
/// </summary>
public sealed class CohortHistory(UserAccess access, AuditTrail trail, IDbContextFactory<CohortsDbContext> domain, HistoryWords words)
{
    /// <summary>The lines of a page unless asked otherwise.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Reads a page of a cohort's history.</summary>
    /// <exception cref="Workflows.Services.DomainRuleException">No such cohort (404).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage its programme.</exception>
    public async Task<HistoryPage> CohortAsync(Guid cohortId, int page = 1, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var cohort = (await access.RequireCohortManagerAsync(cohortId, cancellationToken)).Cohort;
        var entries = await trail.CohortHistoryAsync(cohortId, page, pageSize, cancellationToken);
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var companies = await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var coaches = await db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var lines = entries.Entries.Select(e => words.Line(e, companies, coaches)).ToList();
        return new HistoryPage(cohort.Name, lines, entries.Page, entries.PageSize, entries.Total, entries.HasNext);
    }

    /// <summary>Reads a page of the account events (sign-ins, invitations, account changes): for administrators.</summary>
    public async Task<HistoryPage> AccountEventsAsync(int page = 1, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var entries = await trail.AccountEventsAsync(page, pageSize, cancellationToken);
        var lines = entries.Entries.Select(e => words.Line(e, new Dictionary<Guid, string>(), new Dictionary<Guid, string>())).ToList();
        return new HistoryPage(string.Empty, lines, entries.Page, entries.PageSize, entries.Total, entries.HasNext);
    }
}
