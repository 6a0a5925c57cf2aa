using System.Collections.Concurrent;

namespace Cohorts.Host.Reporting;

/// <summary>
/// Values read from the database, each kept while the database's data version (<see cref="DomainDataVersion"/>) is the
/// one it was read at: any commit, by anyone, makes every kept value stale, and the next request reads the rows again,
/// so a kept value never disagrees with them. The version is read before the rows: a commit in between leaves the
/// value older than its version says, and the next look reads it again. At most a given number of entries are kept,
/// all of one version: keeping a value read at another version than the last one kept drops the others (after a
/// commit, those of older versions could never be served again). No version (PostgreSQL, an in-memory database):
/// nothing is kept.
/// </summary>
/// <typeparam name="TKey">What a value is found by.</typeparam>
/// <typeparam name="TValue">The value read; shared by every reader while kept, so never changed once read.</typeparam>
/// <param name="version">The database's data version.</param>
/// <param name="maxEntries">The most entries kept; past it, everything kept is dropped.</param>
public sealed class VersionedCache<TKey, TValue>(DomainDataVersion version, int maxEntries)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private long _keptVersion;

    /// <summary>Gets how many values are kept.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the value kept for <paramref name="key"/> at the current version, or reads and keeps it.</summary>
    /// <param name="key">What the value is found by.</param>
    /// <param name="state">What <paramref name="read"/> needs (no closure on a hot path).</param>
    /// <param name="read">Reads the value from the rows.</param>
    /// <typeparam name="TState">The type of <paramref name="state"/>.</typeparam>
    public async Task<TValue> GetAsync<TState>(TKey key, TState state, Func<TState, Task<TValue>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var current = version.Current();
        if (current is null)
        {
            return await read(state);
        }

        if (_entries.TryGetValue(key, out var kept) && kept.Version == current)
        {
            return kept.Value;
        }

        var value = await read(state);
        var keptVersion = Interlocked.Exchange(ref _keptVersion, current.Value);
        if (keptVersion != current.Value || _entries.Count >= maxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(current.Value, value);
        return value;
    }

    /// <summary>Drops what was read at another version than the current one (it could never be served again).</summary>
    public void DropStale()
    {
        var current = version.Current();
        foreach (var (key, entry) in _entries)
        {
            if (entry.Version != current)
            {
                _entries.TryRemove(new KeyValuePair<TKey, Entry>(key, entry));
            }
        }
    }

    private sealed record Entry(long Version, TValue Value);
}
