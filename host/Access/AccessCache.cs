using Cohorts.Host.Identity;
using Cohorts.Host.Memory;
using Cohorts.Host.Reporting;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Access;

/// <summary>
/// The rows every access check reads, kept while the database's data version is the one they were read at
/// (<see cref="VersionedCache{TKey, TValue}"/>): a cohort with its programme, and the programmes a user manages. The
/// accounts, their roles and grants are in the same database file, so a change of any of them (a manager's grant
/// withdrawn, a cohort moved) is a commit that makes everything kept stale: the next check reads the rows. What is
/// decided from them (<see cref="UserAccess"/>) is decided on every request, as before.
/// </summary>
/// <remarks>The entities kept are shared by the requests that read them: read only, never tracked or changed.</remarks>
public sealed class AccessCache(DomainDataVersion version) : IReleasableMemory
{
    /// <summary>The most cohorts, and the most users, kept; past it, everything kept of that kind is dropped.</summary>
    public const int MaxEntries = 10_000;

    private readonly VersionedCache<Guid, (Cohort Cohort, Programme Programme)?> _cohorts = new(version, MaxEntries);
    private readonly VersionedCache<string, IReadOnlySet<string>> _managed = new(version, MaxEntries);

    /// <summary>Gets how many cohorts and users are kept.</summary>
    internal int Count => _cohorts.Count + _managed.Count;

    /// <summary>Gets a cohort and its programme (not tracked), or null.</summary>
    internal Task<(Cohort Cohort, Programme Programme)?> CohortAsync(IDbContextFactory<CohortsDbContext> domain, Guid cohortId, CancellationToken cancellationToken) =>
        _cohorts.GetAsync(cohortId, (domain, cohortId, cancellationToken), static read => AccessQueries.CohortAsync(read.domain, read.cohortId, read.cancellationToken));

    /// <summary>Gets the ids of the programmes a manager manages.</summary>
    internal Task<IReadOnlySet<string>> ManagedProgrammeIdsAsync(CohortsIdentityDbContext identity, string userId, CancellationToken cancellationToken) =>
        _managed.GetAsync(userId, (identity, userId, cancellationToken), static async read => (IReadOnlySet<string>)await AccessQueries.ManagedProgrammeIdsAsync(read.identity, read.userId, read.cancellationToken));

    /// <inheritdoc />
    void IReleasableMemory.Release()
    {
        _cohorts.DropStale();
        _managed.DropStale();
    }
}
