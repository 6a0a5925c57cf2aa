using System.Collections.Concurrent;

namespace Cohorts.Host.Reporting;

/// <summary>
/// Values read from the database, each kept while the database's data version (<see cref="DomainDataVersion"/>) is the
/// one it was read at: any commit, by anyone, makes every kept value stale, and the next request reads the rows again,
/// so a kept value never disagrees with them. The version is read before the rows: a commit in between leaves the
/// value older than its version says, and the next look reads it again. At most a given number of entries are kept,
/// all of one version: keeping a value read at another version than the last one kept drops the others (after a
/// commit, those of older versions could never be served again). Requests that miss the same key at the same version
/// while it is being read share that one read (after a commit, fifty readers of a dashboard read its rows once, not
/// fifty times); a read its own caller gave up on (cancelled) is not shared: each waiting request then reads for
/// itself. No version (PostgreSQL, an in-memory database): nothing is kept, and nothing shared.
/// </summary>
/// <typeparam name="TKey">What a value is found by.</typeparam>
/// <typeparam name="TValue">The value read; shared by every reader while kept, so never changed once read.</typeparam>
/// <param name="version">The database's data version.</param>
/// <param name="maxEntries">The most entries kept; past it, everything kept is dropped.</param>
public sealed class VersionedCache<TKey, TValue>(DomainDataVersion version, int maxEntries)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private readonly ConcurrentDictionary<TKey, Reading> _readings = new();
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

        var mine = new Reading(current.Value, new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously));
        var reading = _readings.AddOrUpdate(key, mine, (_, other) => other.Version == mine.Version ? other : mine);
        if (!ReferenceEquals(reading, mine))
        {
            try
            {
                return await reading.Value.Task;
            }
            catch (OperationCanceledException)
            {
                return await read(state); // the request that was reading gave up: this one still wants the value
            }
        }

        try
        {
            var value = await read(state);
            Keep(key, mine.Version, value);
            mine.Value.SetResult(value);
            return value;
        }
        catch (Exception exception)
        {
            mine.Value.SetException(exception);
            _ = mine.Value.Task.Exception; // observed: nobody may have joined this read
            throw;
        }
        finally
        {
            _readings.TryRemove(new KeyValuePair<TKey, Reading>(key, mine));
        }
    }

    /// <summary>Gets the value kept for <paramref name="key"/> if it was read at the current version (never reads it).</summary>
    /// <param name="key">What the value is found by.</param>
    /// <param name="value">The value kept, when there is one.</param>
    /// <returns>Whether a value read at the current version is kept.</returns>
    public bool TryGetCurrent(TKey key, out TValue value)
    {
        var current = version.Current();
        if (current is not null && _entries.TryGetValue(key, out var kept) && kept.Version == current)
        {
            value = kept.Value;
            return true;
        }

        value = default!;
        return false;
    }

    private void Keep(TKey key, long current, TValue value)
    {
        var keptVersion = Interlocked.Exchange(ref _keptVersion, current);
        if (keptVersion != current || _entries.Count >= maxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(current, value);
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

    /// <summary>A read under way, of the value at a version: those who miss the same key at that version wait for it.</summary>
    private sealed record Reading(long Version, TaskCompletionSource<TValue> Value);
}
