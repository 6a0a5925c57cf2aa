using System.Collections.Concurrent;

namespace Cohorts.Host.Reporting;

/// <summary>
/// Each cohort's progress basis (<see cref="ProgressBasisEntry"/>), kept while the database's data version
/// (<see cref="DomainDataVersion"/>) is the one it was read at: any commit, by anyone, makes every kept basis stale, and
/// the next read counts the rows again. The clock's part (late sessions, elapsed share, forecasts) is computed on every
/// read, so a kept basis gives the report a computation from the rows would give. At most
/// <see cref="MaxEntries"/> cohorts are kept (a few kilobytes each).
/// </summary>
public sealed class ProgressCache(DomainDataVersion version)
{
    /// <summary>The most cohorts kept; past it, everything kept is dropped.</summary>
    public const int MaxEntries = 5_000;

    private readonly ConcurrentDictionary<Guid, ProgressBasisEntry> _entries = new();

    internal async Task<ProgressBasisEntry> GetAsync(Guid cohortId, Func<long?, Task<ProgressBasisEntry>> read)
    {
        // The version is read before the rows: a commit in between leaves the entry older than the rows, never newer.
        var current = version.Current();
        if (current is null)
        {
            return await read(null);
        }

        if (_entries.TryGetValue(cohortId, out var kept) && kept.Version == current)
        {
            return kept;
        }

        var entry = await read(current);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[cohortId] = entry;
        return entry;
    }
}
