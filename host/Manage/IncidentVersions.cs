using Cohorts.Engine.Definitions;
using Cohorts.Engine.Persistence;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Manage;

/// <summary>For the incidents page: each faulted journey's version and the newest of its definition ("move to version N").</summary>
public sealed class IncidentVersions(IDbContextFactory<CohortsDbContext> domain, IWorkflowInstanceStore store, WorkflowDefinitionCatalog catalog)
{
    /// <summary>Reads the versions of the incidents' journeys (those the page shows), by instance id.</summary>
    public async Task<IReadOnlyDictionary<Guid, VersionChoice>> ReadAsync(IEnumerable<IncidentView> incidents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var owners = incidents.Select(i => i.Owner).DistinctBy(o => o.InstanceId).ToList();
        var cohortIds = owners.Select(o => o.CohortId).Distinct().ToList();
        Dictionary<Guid, string> programmes;
        await using (var db = await domain.CreateDbContextAsync(cancellationToken))
        {
            programmes = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.ProgrammeId, cancellationToken);
        }

        var choices = new Dictionary<Guid, VersionChoice>();
        var latest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var owner in owners)
        {
            if (await store.FindAsync(owner.InstanceId, cancellationToken) is not { } instance || !programmes.TryGetValue(owner.CohortId, out var programmeId))
            {
                continue;
            }

            if (!latest.TryGetValue(instance.DefinitionId, out var newest))
            {
                newest = latest[instance.DefinitionId] = (await catalog.GetLatestAsync(instance.DefinitionId, cancellationToken)).Version;
            }

            choices[owner.InstanceId] = new VersionChoice(programmeId, instance.DefinitionId, instance.DefinitionVersion, newest);
        }

        return choices;
    }
}
