using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Reporting.Visitors;

/// <summary>
/// Reads a cohort's visitors (<see cref="EventAttendanceReport"/>): each collective event's counted against expected
/// and the total against the <see cref="KpiKind.Visitors"/> target. Read-only; rights are the caller's to check first
/// (<see cref="Access.UserAccess.RequireProgressReaderAsync"/>).
/// </summary>
/// <param name="domain">The cohort domain's contexts.</param>
public sealed class VisitorsReader(IDbContextFactory<CohortsDbContext> domain)
{
    /// <summary>Reads the cohort's visitors.</summary>
    /// <exception cref="DomainRuleException">No cohort has that id (404 naming <c>cohortId</c>).</exception>
    public async Task<EventAttendanceReport> ReadAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken)
            ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == cohort.ProgrammeId, cancellationToken);
        var events = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.CoachId == null).ToListAsync(cancellationToken);
        var target = ProgressCalculator.Targets(cohort, programme).TryGetValue(KpiKind.Visitors, out var visitors) ? visitors : (decimal?)null;
        return EventAttendanceReport.Of(events, target);
    }
}
