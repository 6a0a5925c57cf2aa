using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>
/// A cohort's own targets (overriding the programme's, indicator by indicator) and its archiving, each one write with
/// its audit entry. The host checks that the user manages the cohort's programme first.
/// </summary>
public sealed class CohortSettingsService
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal CohortSettingsService(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>
    /// Sets the cohort's own targets by indicator name (replacing them; none: the programme's again), recorded as
    /// <see cref="AuditActions.CohortTargetsSet"/> with <paramref name="actor"/>.
    /// </summary>
    /// <exception cref="DomainRuleException">No such cohort (404), or a target is wrong (<c>targets.SessionsHeld</c>; nothing changed).</exception>
    public async Task<Cohort> SetTargetsAsync(Guid cohortId, IReadOnlyDictionary<string, decimal>? targets, string? actor = null, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        var checkedTargets = ProgrammeSettingsValidator.Targets(targets, problems);
        problems.ThrowIfAny();
        return await _store.WriteAsync(
            async db =>
            {
                var cohort = await FindAsync(db, cohortId, cancellationToken);
                cohort.SetTargets(checkedTargets);
                var data = new JsonObject();
                foreach (var target in cohort.Targets)
                {
                    data[target.Kpi.ToString()] = target.Target;
                }

                AuditLog.Add(db, _time.GetUtcNow(), actor, AuditActions.CohortTargetsSet, cohortId: cohort.Id, subjectId: cohort.Id.ToString(), data: new JsonObject { ["name"] = cohort.Name, ["targets"] = data });
                return cohort;
            },
            cancellationToken);
    }

    /// <summary>Archives a cohort (kept, hidden from everyday lists) or restores it, recorded with <paramref name="actor"/>; doing it twice records nothing.</summary>
    /// <exception cref="DomainRuleException">No cohort has that id (404).</exception>
    public Task<Cohort> SetArchivedAsync(Guid cohortId, bool archived, string? actor = null, CancellationToken cancellationToken = default) =>
        _store.WriteAsync(
            async db =>
            {
                var cohort = await FindAsync(db, cohortId, cancellationToken);
                if (archived == cohort.ArchivedAt is not null)
                {
                    return cohort;
                }

                var now = _time.GetUtcNow();
                if (archived)
                {
                    cohort.Archive(now);
                }
                else
                {
                    cohort.Restore();
                }

                AuditLog.Add(db, now, actor, archived ? AuditActions.CohortArchived : AuditActions.CohortRestored, cohortId: cohort.Id, subjectId: cohort.Id.ToString(), data: new JsonObject { ["name"] = cohort.Name });
                return cohort;
            },
            cancellationToken);

    private static async Task<Cohort> FindAsync(CohortsDbContext db, Guid cohortId, CancellationToken cancellationToken) =>
        await db.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken)
            ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
}
