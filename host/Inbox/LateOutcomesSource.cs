using Cohorts.Host.Access;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Inbox;

/// <summary>A manager's late outcomes: per cohort of their programmes, the sessions past without an outcome.</summary>
public sealed class LateOutcomesSource(UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, HumanText human, IStringLocalizer<InboxText> text) : IInboxSource
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

        var ids = cohorts.Keys.ToList();
        var now = clock.GetUtcNow();
        var late = await db.Sessions.AsNoTracking()
            .Where(s => ids.Contains(s.CohortId) && s.PlannedAt < now && s.Outcome == null && s.CancelledAt == null)
            .GroupBy(s => s.CohortId)
            .Select(g => new { CohortId = g.Key, Count = g.Count(), Oldest = g.Min(s => s.PlannedAt) })
            .ToListAsync(cancellationToken);
        return
        [
            .. late.Select(l => new InboxItem(
                InboxKinds.LateOutcomes,
                text["{0} without an outcome in {1}", human.Count(l.Count, DomainNoun.Session), cohorts[l.CohortId]],
                $"/manage/cohorts/{l.CohortId}",
                l.Oldest,
                true)),
        ];
    }
}
