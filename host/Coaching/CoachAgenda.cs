using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Coaching;

/// <summary>
/// What a coach reads across every cohort they coach in: their sessions, their week, their companies. A coach is one
/// person with a coach record per cohort (linked by e-mail address); callers pass the ids of those records, checked
/// by <see cref="Access.UserAccess"/> or found from the calendar feed's owner. Read-only, entities without tracking.
/// </summary>
/// <param name="domain">The cohort domain's contexts.</param>
/// <param name="clock">The clock that tells past from upcoming.</param>
public sealed class CoachAgenda(IDbContextFactory<CohortsDbContext> domain, TimeProvider clock)
{
    /// <summary>How far ahead the week shows upcoming sessions.</summary>
    public static readonly TimeSpan WeekAhead = TimeSpan.FromDays(7);

    /// <summary>Finds the coach records of a person (one per cohort), by e-mail address, ignoring case.</summary>
    public async Task<IReadOnlyList<Guid>> FindCoachIdsAsync(string email, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return [];
        }

        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        return await db.Coaches.AsNoTracking()
            .Where(c => EF.Functions.Collate(c.Email, "NOCASE") == email)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Lists the sessions the coach runs, planned in [from, to) (either bound optional), in time order.</summary>
    /// <exception cref="DomainRuleException">The range ends before it starts (field <c>to</c>).</exception>
    public async Task<IReadOnlyList<CoachSession>> GetSessionsAsync(IReadOnlyCollection<Guid> coachIds, DateTimeOffset? from = null, DateTimeOffset? to = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(coachIds);
        if (from > to)
        {
            throw new DomainRuleException("to", "The range ends before it starts.");
        }

        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var sessions = await SessionsOf(db, coachIds)
            .Where(s => (from == null || s.PlannedAt >= from) && (to == null || s.PlannedAt < to))
            .ToListAsync(cancellationToken);
        return await DescribeAsync(db, sessions, cancellationToken);
    }

    /// <summary>Reads the coach's week: overdue outcomes (oldest first), then the sessions of the next seven days.</summary>
    public async Task<CoachWeek> GetWeekAsync(IReadOnlyCollection<Guid> coachIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(coachIds);
        var now = clock.GetUtcNow();
        var until = now + WeekAhead;
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var sessions = await SessionsOf(db, coachIds)
            .Where(s => (s.PlannedAt < now && s.Outcome == null && s.CancelledAt == null) || (s.PlannedAt >= now && s.PlannedAt < until && s.CancelledAt == null))
            .ToListAsync(cancellationToken);
        var described = await DescribeAsync(db, sessions, cancellationToken);
        return new CoachWeek([.. described.Where(s => s.PlannedAt < now)], [.. described.Where(s => s.PlannedAt >= now)]);
    }

    /// <summary>Lists the coach's companies by name (archived cohorts left out), each with its next session and its sessions held and late.</summary>
    public async Task<IReadOnlyList<CoachCompany>> GetCompaniesAsync(IReadOnlyCollection<Guid> coachIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(coachIds);
        var ids = coachIds.Select(id => (Guid?)id).ToList();
        var now = clock.GetUtcNow();
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var companies = await db.Companies.AsNoTracking()
            .Where(c => ids.Contains(c.CoachId) && db.Cohorts.Any(k => k.Id == c.CohortId && k.ArchivedAt == null))
            .ToListAsync(cancellationToken);
        var sessions = await DescribeAsync(db, await SessionsOf(db, coachIds).ToListAsync(cancellationToken), cancellationToken);
        var cohorts = await CohortNamesAsync(db, companies.Select(c => c.CohortId), cancellationToken);
        var budgets = await CoachingHours.BudgetsAsync(db, companies.Select(c => c.CohortId), cancellationToken);
        return
        [
            .. companies
                .Select(company =>
                {
                    var theirs = sessions.Where(s => s.Companies.Any(c => c.Id == company.Id)).ToList();
                    return new CoachCompany(
                        company.Id,
                        company.Name,
                        company.Location,
                        company.Sector,
                        company.Status,
                        [.. company.Needs],
                        company.CohortId,
                        cohorts[company.CohortId],
                        theirs.FirstOrDefault(s => s.PlannedAt >= now),
                        theirs.Count(s => s.Recorded),
                        theirs.Count(s => s.Late))
                    {
                        HoursPlanned = CoachingHours.Of(theirs.Where(s => s.Kind == SessionKind.Coaching).Select(s => (s.PlannedAt, s.EndsAt))),
                        HoursUsed = CoachingHours.Of(theirs.Where(s => s.Kind == SessionKind.Coaching && s.Recorded).Select(s => (s.PlannedAt, s.EndsAt))),
                        HoursBudget = budgets.GetValueOrDefault(company.CohortId),
                    };
                })
                .OrderBy(c => c.Name, StringComparer.CurrentCulture),
        ];
    }

    /// <summary>
    /// Lists the collective events of the coach's week, in time order: those of the next seven days that one of their
    /// companies attends or that they organise (<paramref name="organisedCohortIds"/>: the cohorts whose programme names
    /// them an event organiser), and the past ones they organise whose outcome is not recorded. Each names only the
    /// coach's own companies.
    /// </summary>
    public async Task<IReadOnlyList<CoachSession>> GetEventsAsync(IReadOnlyCollection<Guid> coachIds, IReadOnlySet<Guid> organisedCohortIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(coachIds);
        ArgumentNullException.ThrowIfNull(organisedCohortIds);
        var now = clock.GetUtcNow();
        var until = now + WeekAhead;
        var ids = coachIds.Select(id => (Guid?)id).ToList();
        var organised = organisedCohortIds.ToList();
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var mine = (await db.Companies.AsNoTracking().Where(c => ids.Contains(c.CoachId)).Select(c => new { c.Id, c.CohortId }).ToListAsync(cancellationToken))
            .ToList();
        var cohortIds = mine.Select(c => c.CohortId).Concat(organised).Distinct().ToList();
        var companyIds = mine.Select(c => c.Id).ToHashSet();
        var events = (await db.Sessions.AsNoTracking()
                .Where(s => s.CoachId == null && cohortIds.Contains(s.CohortId))
                .Where(s => (s.PlannedAt >= now && s.PlannedAt < until) || (s.PlannedAt < now && s.Outcome == null && organised.Contains(s.CohortId)))
                .OrderBy(s => s.PlannedAt)
                .ThenBy(s => s.Id)
                .ToListAsync(cancellationToken))
            .Where(s => organisedCohortIds.Contains(s.CohortId) || s.CompanyIds.Any(companyIds.Contains))
            .ToList();
        return [.. (await DescribeAsync(db, events, cancellationToken)).Select(e => e with { Companies = [.. e.Companies.Where(c => companyIds.Contains(c.Id))] })];
    }

    private static IQueryable<Session> SessionsOf(CohortsDbContext db, IReadOnlyCollection<Guid> coachIds)
    {
        var ids = coachIds.Select(id => (Guid?)id).ToList();
        return db.Sessions.AsNoTracking().Where(s => ids.Contains(s.CoachId)).OrderBy(s => s.PlannedAt).ThenBy(s => s.Id);
    }

    private static async Task<Dictionary<Guid, string>> CohortNamesAsync(CohortsDbContext db, IEnumerable<Guid> cohortIds, CancellationToken cancellationToken)
    {
        var ids = cohortIds.Distinct().ToList();
        return await db.Cohorts.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
    }

    private async Task<IReadOnlyList<CoachSession>> DescribeAsync(CohortsDbContext db, List<Session> sessions, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cohorts = await CohortNamesAsync(db, sessions.Select(s => s.CohortId), cancellationToken);
        var companyIds = sessions.SelectMany(s => s.CompanyIds).Distinct().ToList();
        var companies = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return
        [
            .. sessions.Select(s => new CoachSession(
                s.Id,
                s.Title,
                s.Kind,
                s.PlannedAt,
                s.CohortId,
                cohorts[s.CohortId],
                s.Location,
                [.. s.CompanyIds.Where(companies.ContainsKey).Select(id => new CompanyRef(id, companies[id]))],
                s.IsHeld,
                s.IsLate(now))
            {
                EndsAt = s.EndsAt,
                CancelledAt = s.CancelledAt,
            }),
        ];
    }
}
