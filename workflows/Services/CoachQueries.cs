using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>What a coach reads: their agenda, their late outcomes, their companies (entities read without tracking).</summary>
public sealed class CoachQueries
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal CoachQueries(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Lists a coach's sessions planned in [from, to), in time order.</summary>
    /// <exception cref="DomainRuleException">No coach has that id, or the range is backwards.</exception>
    public Task<List<Session>> GetSessionsAsync(Guid coachId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        if (to < from)
        {
            throw new DomainRuleException("to", "The range ends before it starts.");
        }

        return ReadAsync(
            coachId,
            db => db.Sessions.AsNoTracking()
                .Where(s => s.CoachId == coachId && s.PlannedAt >= from && s.PlannedAt < to)
                .OrderBy(s => s.PlannedAt)
                .ToListAsync(cancellationToken),
            cancellationToken);
    }

    /// <summary>Lists a coach's sessions planned from now until <paramref name="within"/> from now, in time order.</summary>
    /// <exception cref="DomainRuleException">No coach has that id.</exception>
    public Task<List<Session>> GetUpcomingSessionsAsync(Guid coachId, TimeSpan within, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        return GetSessionsAsync(coachId, now, now + within, cancellationToken);
    }

    /// <summary>Lists a coach's past sessions whose outcome is not recorded, oldest first.</summary>
    /// <exception cref="DomainRuleException">No coach has that id.</exception>
    public Task<List<Session>> GetOverdueSessionsAsync(Guid coachId, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        return ReadAsync(
            coachId,
            db => db.Sessions.AsNoTracking()
                .Where(s => s.CoachId == coachId && s.PlannedAt < now && s.Outcome == null && s.CancelledAt == null)
                .OrderBy(s => s.PlannedAt)
                .ToListAsync(cancellationToken),
            cancellationToken);
    }

    /// <summary>Lists the companies a coach is assigned, by name.</summary>
    /// <exception cref="DomainRuleException">No coach has that id.</exception>
    public Task<List<Company>> GetCompaniesAsync(Guid coachId, CancellationToken cancellationToken = default) =>
        ReadAsync(coachId, db => db.Companies.AsNoTracking().Where(c => c.CoachId == coachId).OrderBy(c => c.Name).ToListAsync(cancellationToken), cancellationToken);

    private Task<T> ReadAsync<T>(Guid coachId, Func<CohortsDbContext, Task<T>> query, CancellationToken cancellationToken) =>
        _store.ReadAsync(
            async db => await db.Coaches.AnyAsync(c => c.Id == coachId, cancellationToken)
                ? await query(db)
                : throw DomainRuleException.NotFound("coachId", "coach", coachId),
            cancellationToken);
}
