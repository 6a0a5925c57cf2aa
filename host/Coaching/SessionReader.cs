using Cohorts.Host.Access;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Coaching;

/// <summary>
/// Reads a session for someone <see cref="UserAccess.RequireSessionAsync"/> let see it. Its own coach, the manager,
/// funders and (collective events) the organisers its programme names see every company it expects; the coach of one of a collective event's companies sees only their own.
/// </summary>
/// <param name="domain">The cohort domain's contexts.</param>
/// <param name="clock">The clock that tells a late session.</param>
public sealed class SessionReader(IDbContextFactory<CohortsDbContext> domain, TimeProvider clock)
{
    /// <summary>Describes the session for the reader whose rights on its cohort are <paramref name="access"/>.</summary>
    public async Task<SessionDetails> ReadAsync(Session session, CohortAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(access);
        var ownCoach = access.CoachId is { } coachId && session.CoachId == coachId;

        // A collective event's named organiser sees and records it whole, like its manager.
        var organiser = session.CoachId is null && access.OrganisesEvents;
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var expected = session.CompanyIds.ToList();
        var companies = await db.Companies.AsNoTracking().Where(c => expected.Contains(c.Id)).ToListAsync(cancellationToken);
        var visible = companies
            .Where(c => access.SeesAllCompanies || ownCoach || organiser || (access.CoachId is not null && c.CoachId == access.CoachId))
            .ToDictionary(c => c.Id, c => c.Name);
        var coachName = session.CoachId is { } id
            ? await db.Coaches.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var outcome = session.Outcome is { } recorded
            ? new RecordedOutcome(
                recorded.RecordedAt,
                recorded.RecordedBy,
                [.. recorded.Attendance.Where(a => visible.ContainsKey(a.CompanyId)).Select(a => new AttendanceLine(a.CompanyId, visible[a.CompanyId], a.Present))],
                recorded.Notes,
                recorded.Actions,
                recorded.Visitors)
            : null;
        return new SessionDetails(
            session.Id,
            session.Title,
            session.Kind,
            session.PlannedAt,
            session.CohortId,
            access.Cohort.Name,
            session.Location,
            coachName,
            session.Organiser,
            [.. expected.Where(visible.ContainsKey).Select(c => new CompanyRef(c, visible[c]))],
            session.ExpectedVisitors,
            session.IsLate(clock.GetUtcNow()),
            session.Outcome is null && !session.IsCancelled && (access.Manages || ownCoach || organiser),
            outcome)
        {
            CancelledAt = session.CancelledAt,
            ChangeReason = session.ChangeReason,
            RescheduleCount = session.RescheduleCount,
            NoShow = session.Outcome?.NoShow ?? false,
            CanChange = !session.IsSettled && (access.Manages || ownCoach),
            CanCorrect = session.Outcome is not null && (access.Manages || ownCoach),
            EndsAt = session.EndsAt,
        };
    }
}
