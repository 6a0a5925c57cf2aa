using Cohorts.Host.Access;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Events;

/// <summary>
/// Lists a cohort's collective events (sessions without a coach) for whoever runs them
/// (<see cref="UserAccess.RequireEventRunnerAsync"/>): filtered, sorted and paged in the database, then each event of
/// the page described with its expected and actual attendance. Read-only, entities without tracking.
/// </summary>
/// <param name="domain">The cohort domain's contexts.</param>
/// <param name="clock">The clock that tells past from upcoming, and late.</param>
public sealed class CohortEvents(IDbContextFactory<CohortsDbContext> domain, TimeProvider clock)
{
    /// <summary>Lists the events of the cohort the user may run, as <paramref name="query"/> asks.</summary>
    /// <exception cref="Workflows.Services.DomainRuleException">A query parameter is wrong (400), or no such cohort (404).</exception>
    /// <exception cref="AccessDeniedException">The user neither manages nor organises the cohort's events.</exception>
    public async Task<EventList> ListAsync(UserAccess access, Guid cohortId, EventListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(query);
        var wanted = query.Check();
        var cohort = await access.RequireEventRunnerAsync(cohortId, cancellationToken);
        var now = clock.GetUtcNow();
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var events = db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.CoachId == null);
        if (wanted.Kind is { } kind)
        {
            events = events.Where(s => s.Kind == kind);
        }

        events = wanted.Past switch
        {
            true => events.Where(s => s.PlannedAt < now),
            false => events.Where(s => s.PlannedAt >= now),
            _ => events,
        };
        var total = await events.CountAsync(cancellationToken);
        var page = await Ordered(events, wanted)
            .Skip((wanted.Page - 1) * wanted.PageSize)
            .Take(wanted.PageSize)
            .ToListAsync(cancellationToken);
        return new EventList(cohortId, cohort.Cohort.Name, total, wanted.Page, wanted.PageSize, [.. page.Select(s => Row(s, now))]);
    }

    /// <summary>Describes one event as a row of the list.</summary>
    public static EventRow Row(Session session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        var outcome = session.Outcome;
        return new EventRow(
            session.Id,
            session.Title,
            session.Kind,
            session.PlannedAt,
            session.Location,
            session.Organiser,
            session.CompanyIds.Count,
            outcome?.Attendance.Count(a => a.Present && session.CompanyIds.Contains(a.CompanyId)),
            session.ExpectedVisitors,
            outcome?.Visitors,
            outcome is not null,
            session.IsLate(now),
            outcome?.RecordedBy);
    }

    private static IQueryable<Session> Ordered(IQueryable<Session> events, CheckedEventQuery wanted)
    {
        // Kinds are stored as their names, so "kind" sorts them alphabetically (Conference, Feedback, Networking...).
        var sorted = (wanted.Sort, wanted.Descending) switch
        {
            ("kind", false) => events.OrderBy(s => s.Kind).ThenBy(s => s.PlannedAt),
            ("kind", true) => events.OrderByDescending(s => s.Kind).ThenBy(s => s.PlannedAt),
            ("title", false) => events.OrderBy(s => s.Title).ThenBy(s => s.PlannedAt),
            ("title", true) => events.OrderByDescending(s => s.Title).ThenBy(s => s.PlannedAt),
            ("place", false) => events.OrderBy(s => s.Location).ThenBy(s => s.PlannedAt),
            ("place", true) => events.OrderByDescending(s => s.Location).ThenBy(s => s.PlannedAt),
            (_, true) => events.OrderByDescending(s => s.PlannedAt),
            _ => events.OrderBy(s => s.PlannedAt),
        };
        return sorted.ThenBy(s => s.Id);
    }
}
