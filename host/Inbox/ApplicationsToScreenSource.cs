using Cohorts.Host.Access;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Inbox;

/// <summary>A manager's applications to screen: companies that applied to a launched cohort of their programmes.</summary>
public sealed class ApplicationsToScreenSource(UserAccess access, IDbContextFactory<CohortsDbContext> domain, IStringLocalizer<InboxText> text) : IInboxSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var cohorts = await ManagedCohorts.ReadAsync(access, db, cancellationToken);
        if (cohorts.Count == 0)
        {
            return [];
        }

        // A cohort not launched yet has no screening step waiting: its applications are screened once it is.
        var ids = cohorts.Keys.ToList();
        var companies = await db.Companies.AsNoTracking()
            .Where(c => ids.Contains(c.CohortId) && c.Status == CompanyStatus.Applied)
            .Join(db.Cohorts.Where(k => k.LaunchedAt != null), c => c.CohortId, k => k.Id, (c, k) => new { c.Name, c.CohortId })
            .ToListAsync(cancellationToken);
        return
        [
            .. companies.Select(c => new InboxItem(
                InboxKinds.ApplicationToScreen,
                text["Screen the application of {0} ({1})", c.Name, cohorts[c.CohortId]],
                $"/manage/cohorts/{c.CohortId}",
                null,
                false)),
        ];
    }
}
