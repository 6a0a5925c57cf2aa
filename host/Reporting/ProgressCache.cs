using Cohorts.Host.Memory;

namespace Cohorts.Host.Reporting;

/// <summary>
/// Each cohort's progress basis (<see cref="ProgressBasisEntry"/>), kept while the database's data version
/// (<see cref="DomainDataVersion"/>) is the one it was read at (<see cref="VersionedCache{TKey, TValue}"/>): any commit,
/// by anyone, makes every kept basis stale, and the next read counts the rows again. The clock's part (late sessions,
/// elapsed share, forecasts) is computed on every read, so a kept basis gives the report a computation from the rows
/// would give. At most <see cref="MaxEntries"/> cohorts are kept (a few kilobytes each), all read at one version.
/// </summary>
public sealed class ProgressCache(DomainDataVersion version) : IReleasableMemory
{
    /// <summary>The most cohorts kept; past it, everything kept is dropped.</summary>
    public const int MaxEntries = 5_000;

    private readonly VersionedCache<Guid, ProgressBasisEntry> _entries = new(version, MaxEntries);

    /// <summary>Gets how many cohorts' bases are kept.</summary>
    internal int Count => _entries.Count;

    internal Task<ProgressBasisEntry> GetAsync(Guid cohortId, Func<Task<ProgressBasisEntry>> read) =>
        _entries.GetAsync(cohortId, read, static read => read());

    /// <inheritdoc />
    void IReleasableMemory.Release() => _entries.DropStale();
}
