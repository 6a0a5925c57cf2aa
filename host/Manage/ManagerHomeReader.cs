using Cohorts.Host.Access;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Manage;

/// <summary>
/// Reads a programme manager's home: for each cohort of the programmes they manage, what is late (sessions without an
/// outcome, reviews past due), what waits for their decision (applications to screen, milestones they review) and its
/// incidents. A handful of grouped queries whatever the cohorts' size (docs/PERFORMANCE.md: manager_home_ms_100_companies).
/// </summary>
public sealed class ManagerHomeReader(UserAccess access, IDbContextFactory<CohortsDbContext> domain, InstanceReader instances, TimeProvider clock)
{
    /// <summary>Reads the home, cohorts running now first, then those to come, then those ended; by start date.</summary>
    public async Task<IReadOnlyList<CohortAgenda>> ReadAsync(CancellationToken cancellationToken = default)
    {
        var programmes = (await access.GetManagedProgrammeIdsAsync(cancellationToken)).ToList();
        if (programmes.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        // Archived cohorts, and the cohorts of archived programmes, are kept but not shown here.
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => programmes.Contains(c.ProgrammeId) && c.ArchivedAt == null)
            .Join(db.Programmes.Where(p => p.ArchivedAt == null), c => c.ProgrammeId, p => p.Id, (c, p) => new { c.Id, c.Name, ProgrammeName = p.Name, c.StartDate, c.EndDate, c.LaunchedAt })
            .ToListAsync(cancellationToken);
        var ids = cohorts.Select(c => c.Id).ToList();
        var companies = await db.Companies.AsNoTracking().Where(c => ids.Contains(c.CohortId))
            .GroupBy(c => c.CohortId)
            .Select(g => new { CohortId = g.Key, Count = g.Count(), Applied = g.Count(c => c.Status == CompanyStatus.Applied) })
            .ToDictionaryAsync(g => g.CohortId, cancellationToken);
        var late = await db.Sessions.AsNoTracking()
            .Where(s => ids.Contains(s.CohortId) && s.PlannedAt < now && s.Outcome == null && s.CancelledAt == null)
            .GroupBy(s => s.CohortId)
            .Select(g => new { CohortId = g.Key, Count = g.Count(), Oldest = g.Min(s => s.PlannedAt) })
            .ToDictionaryAsync(g => g.CohortId, cancellationToken);
        var milestones = (await db.Milestones.AsNoTracking()
            .Where(m => ids.Contains(m.CohortId) && (m.Reviewer == ReviewerRole.Manager || m.DueAt < now))
            .ToListAsync(cancellationToken)).Where(m => m.FinalDecision is null).ToList();
        var reviewed = milestones.Select(m => m.CompanyId).OfType<Guid>().Distinct().ToList();
        var names = await db.Companies.AsNoTracking().Where(c => reviewed.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var incidents = (await instances.ListIncidentsAsync(cancellationToken)).GroupBy(i => i.Owner.CohortId).ToDictionary(g => g.Key, g => g.Select(i => i.Owner.InstanceId).Distinct().Count());

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return [.. cohorts
            .OrderBy(c => c.EndDate < today ? 2 : c.StartDate > today ? 1 : 0)
            .ThenBy(c => c.StartDate)
            .ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .Select(c => new CohortAgenda(
                c.Id,
                c.Name,
                c.ProgrammeName,
                companies.GetValueOrDefault(c.Id)?.Count ?? 0,
                late.GetValueOrDefault(c.Id)?.Count ?? 0,
                late.GetValueOrDefault(c.Id)?.Oldest,
                c.LaunchedAt is null ? 0 : companies.GetValueOrDefault(c.Id)?.Applied ?? 0,
                [.. milestones
                    .Where(m => m.CohortId == c.Id && m.Reviewer == ReviewerRole.Manager)
                    .OrderBy(m => m.DueAt)
                    .Select(m => new MilestoneDue(m.Id, m.Name, m.CompanyId is { } id ? names.GetValueOrDefault(id) : null, m.DueAt, m.DueAt < now))],
                milestones.Count(m => m.CohortId == c.Id && m.Reviewer == ReviewerRole.Funder),
                incidents.GetValueOrDefault(c.Id)))];
    }
}
