using System.Collections.Concurrent;
using Cohorts.Host.Memory;

namespace Cohorts.Host.Reporting;

/// <summary>
/// Each cohort's progress basis (<see cref="ProgressBasisEntry"/>), kept while the database's data version
/// (<see cref="DomainDataVersion"/>) is the one it was read at: any commit, by anyone, makes every kept basis stale, and
/// the next read counts the rows again. The clock's part (late sessions, elapsed share, forecasts) is computed on every
/// read, so a kept basis gives the report a computation from the rows would give. At most
/// <see cref="MaxEntries"/> cohorts are kept (a few kilobytes each), all read at one version: keeping a basis read at
/// another version than the last one kept drops the others (after a commit, those of older versions could never be
/// served again; a read that straddled the commit only costs the newer ones a read).
/// </summary>
public sealed class ProgressCache(DomainDataVersion version) : IReleasableMemory
{
    /// <summary>The most cohorts kept; past it, everything kept is dropped.</summary>
    public const int MaxEntries = 5_000;

    private readonly ConcurrentDictionary<Guid, ProgressBasisEntry> _entries = new();
    private long _keptVersion;

    /// <summary>Gets how many cohorts' bases are kept.</summary>
    internal int Count => _entries.Count;

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
        var keptVersion = Interlocked.Exchange(ref _keptVersion, current.Value);
        if (keptVersion != current.Value || _entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[cohortId] = entry;
        return entry;
    }

    /// <inheritdoc />
    void IReleasableMemory.Release()
    {
        var current = version.Current();
        foreach (var (cohortId, entry) in _entries)
        {
            if (entry.Version != current)
            {
                _entries.TryRemove(new KeyValuePair<Guid, ProgressBasisEntry>(cohortId, entry));
            }
        }
    }
}
