using Cohorts.Host.Access;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Inbox;

/// <summary>The cohorts of the programmes the signed-in user manages, by id with their names (none unless a manager).</summary>
public static class ManagedCohorts
{
    /// <summary>Reads them.</summary>
    public static async Task<Dictionary<Guid, string>> ReadAsync(UserAccess access, CohortsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(db);
        var programmes = (await access.GetManagedProgrammeIdsAsync(cancellationToken)).ToList();
        if (programmes.Count == 0)
        {
            return [];
        }

        return await db.Cohorts.AsNoTracking().Where(c => programmes.Contains(c.ProgrammeId)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
    }
}
