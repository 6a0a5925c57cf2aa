using System.Collections.Concurrent;
using Cohorts.Host.Memory;
using Cohorts.Host.Reporting;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Manage;

/// <summary>
/// What cohort lists are made of (<see cref="CohortListRows"/>: every cohort, its programme, its companies and unsettled
/// sessions counted), read in four queries and kept while the database's data version (<see cref="DomainDataVersion"/>)
/// is the one it was read at (<see cref="VersionedCache{TKey, TValue}"/>): any commit makes it stale, and the next list
/// reads it again, once for all the requests that ask while it is read. Who sees which cohort is
/// decided by <see cref="Access.UserAccess"/>; a user's list as it decided it (<see cref="GetListAsync"/>) is kept for that
/// user (their id, e-mail address and roles) while the data version is the same and no session of theirs has become
/// late since (the clock's part).
/// </summary>
public sealed class CohortListCache(IDbContextFactory<CohortsDbContext> domain, DomainDataVersion version) : IReleasableMemory
{
    /// <summary>The most users whose lists are kept; past it, every kept list is dropped.</summary>
    public const int MaxUsers = 1_000;

    private readonly ConcurrentDictionary<string, (long Version, DateTimeOffset Until, IReadOnlyList<CohortSummary> List)> _lists = new();
    private readonly VersionedCache<bool, CohortListRows> _rows = new(version, maxEntries: 1);

    /// <summary>
    /// Gets a user's list: kept if read at the current data version and <paramref name="now"/> is before the moment it
    /// changes by itself; else made by <paramref name="make"/> from the rows, and kept.
    /// </summary>
    internal async Task<IReadOnlyList<CohortSummary>> GetListAsync(string user, DateTimeOffset now, Func<CohortListRows, Task<(IReadOnlyList<CohortSummary> List, DateTimeOffset Until)>> make, CancellationToken cancellationToken)
    {
        var rows = await GetAsync(cancellationToken);
        if (rows.Version is not { } current)
        {
            return (await make(rows)).List;
        }

        if (_lists.TryGetValue(user, out var kept) && kept.Version == current && now < kept.Until)
        {
            return kept.List;
        }

        var (list, until) = await make(rows);
        if (_lists.Count >= MaxUsers)
        {
            _lists.Clear();
        }

        _lists[user] = (current, until, list);
        return list;
    }

    /// <summary>The rows kept, if they are the database's rows now (never reads them: null if they would need reading).</summary>
    internal CohortListRows? Current() => _rows.TryGetCurrent(true, out var rows) ? rows : null;

    /// <summary>The rows at the current data version: kept, or read (once, however many requests ask meanwhile) and kept.</summary>
    internal Task<CohortListRows> GetAsync(CancellationToken cancellationToken) =>
        _rows.GetAsync(true, (Cache: this, cancellationToken), static state => state.Cache.ReadAsync(state.cancellationToken));

    /// <inheritdoc />
    void IReleasableMemory.Release()
    {
        _rows.DropStale();
        var current = version.Current();
        foreach (var (user, list) in _lists)
        {
            if (list.Version != current)
            {
                _lists.TryRemove(new KeyValuePair<string, (long, DateTimeOffset, IReadOnlyList<CohortSummary>)>(user, list));
            }
        }
    }

    private async Task<CohortListRows> ReadAsync(CancellationToken cancellationToken)
    {
        // The version is read before the rows: a commit in between leaves the rows newer than their version, never older.
        var current = version.Current();
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var cohorts = await db.Cohorts.AsNoTracking().ToListAsync(cancellationToken);
        var programmes = await db.Programmes.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var companies = await db.Companies.AsNoTracking()
            .GroupBy(c => new { c.CohortId, c.CoachId })
            .Select(g => new { g.Key.CohortId, g.Key.CoachId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var unsettled = await db.Sessions.AsNoTracking()
            .Where(s => s.Outcome == null && s.CancelledAt == null)
            .Select(s => new { s.CohortId, s.CoachId, s.PlannedAt })
            .ToListAsync(cancellationToken);
        return new CohortListRows(
            current,
            cohorts,
            programmes,
            companies.GroupBy(c => c.CohortId).ToDictionary(g => g.Key, g => (IReadOnlyList<(Guid?, int)>)[.. g.Select(c => (c.CoachId, c.Count))]),
            unsettled.GroupBy(s => s.CohortId).ToDictionary(g => g.Key, g => (IReadOnlyList<(Guid?, DateTimeOffset)>)[.. g.Select(s => (s.CoachId, s.PlannedAt)).OrderBy(s => s.PlannedAt)]));
    }
}
