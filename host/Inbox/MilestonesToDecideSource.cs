using Cohorts.Host.Access;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Inbox;

/// <summary>
/// Milestones to decide, due within <see cref="DueWithin"/> or overdue and not decided: a manager's those reviewed by
/// the programme manager in their programmes' cohorts, a funder's those reviewed by funders in the cohorts they fund.
/// </summary>
public sealed class MilestonesToDecideSource(UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, HumanText human, IStringLocalizer<InboxText> text) : IInboxSource
{
    /// <summary>How far ahead a milestone counts as due.</summary>
    public static readonly TimeSpan DueWithin = TimeSpan.FromDays(7);

    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var managed = await ManagedCohorts.ReadAsync(access, db, cancellationToken);
        var funded = (await access.GetFunderRecordsAsync(cancellationToken)).Select(f => f.CohortId).Distinct().ToList();
        if (managed.Count == 0 && funded.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var horizon = now + DueWithin;
        var managedIds = managed.Keys.ToList();
        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => m.DueAt <= horizon
                && ((m.Reviewer == ReviewerRole.Manager && managedIds.Contains(m.CohortId)) || (m.Reviewer == ReviewerRole.Funder && funded.Contains(m.CohortId))))
            .ToListAsync(cancellationToken);
        var open = milestones.Where(m => m.FinalDecision is null).ToList();
        var cohortIds = open.Select(m => m.CohortId).Distinct().ToList();
        var companyIds = open.Select(m => m.CompanyId).OfType<Guid>().Distinct().ToList();
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var companies = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return
        [
            .. open.Select(m => new InboxItem(
                InboxKinds.MilestoneToDecide,
                m.CompanyId is { } companyId && companies.TryGetValue(companyId, out var company)
                    ? text["Decide the milestone “{0}” of {1} ({2}), due {3}", m.Name, company, cohorts[m.CohortId], human.Date(m.DueAt)]
                    : text["Decide the milestone “{0}” of {1}, due {2}", m.Name, cohorts[m.CohortId], human.Date(m.DueAt)],
                m.Reviewer == ReviewerRole.Funder ? "/funder/milestones" : $"/manage/cohorts/{m.CohortId}/milestones",
                m.DueAt,
                m.DueAt < now)),
        ];
    }
}
