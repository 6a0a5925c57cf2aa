using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Metrics;

/// <summary>
/// Sets a programme's or a cohort's metric targets: the list replaces the one before (an empty list removes them;
/// a cohort without its own target for a metric follows the programme's), checked (every problem by its path,
/// <c>targets[1].metricId</c>), audited in the same transaction. Access is the caller's to check (the host's
/// <c>UserAccess</c>: the programme's managers).
/// </summary>
public sealed class MetricTargetService
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal MetricTargetService(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Replaces a programme's metric targets.</summary>
    /// <exception cref="DomainRuleException">No such programme (404), or problems with the list.</exception>
    public Task<IReadOnlyList<MetricTarget>> SetProgrammeTargetsAsync(string programmeId, IReadOnlyList<MetricTargetInput>? targets, string? actor, CancellationToken cancellationToken = default) =>
        _store.WriteAsync<IReadOnlyList<MetricTarget>>(
            async db =>
            {
                var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("programmeId", "programme", programmeId);
                return await ReplaceAsync(db, programme.Id, null, programme.Name, targets, actor, cancellationToken);
            },
            cancellationToken);

    /// <summary>Replaces a cohort's own metric targets.</summary>
    /// <exception cref="DomainRuleException">No such cohort (404), or problems with the list.</exception>
    public Task<IReadOnlyList<MetricTarget>> SetCohortTargetsAsync(Guid cohortId, IReadOnlyList<MetricTargetInput>? targets, string? actor, CancellationToken cancellationToken = default) =>
        _store.WriteAsync<IReadOnlyList<MetricTarget>>(
            async db =>
            {
                var cohort = await db.Cohorts.SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
                return await ReplaceAsync(db, cohort.ProgrammeId, cohort.Id, cohort.Name, targets, actor, cancellationToken);
            },
            cancellationToken);

    private async Task<IReadOnlyList<MetricTarget>> ReplaceAsync(CohortsDbContext db, string programmeId, Guid? cohortId, string name, IReadOnlyList<MetricTargetInput>? targets, string? actor, CancellationToken cancellationToken)
    {
        var versions = await db.FormVersions.AsNoTracking().Where(v => v.ProgrammeId == programmeId).ToListAsync(cancellationToken);
        var declared = MetricCatalog.Read(versions).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var list = Check(targets, declared);
        var old = await db.MetricTargets.Where(t => t.ProgrammeId == programmeId && t.CohortId == cohortId).ToListAsync(cancellationToken);
        db.MetricTargets.RemoveRange(old);
        List<MetricTarget> rows = [.. list.Select(t => new MetricTarget(programmeId, cohortId, t.MetricId!, t.Target!.Value))];
        db.MetricTargets.AddRange(rows);
        var now = _time.GetUtcNow();
        var by = string.IsNullOrWhiteSpace(actor) ? AuditLog.System : actor.Trim();
        var data = new JsonObject { ["name"] = name, ["targets"] = new JsonObject([.. rows.Select(r => KeyValuePair.Create(r.MetricId, (JsonNode?)JsonValue.Create(r.Target)))]) };
        AuditLog.Add(db, now, by, AuditActions.MetricTargetsSet, subjectId: cohortId?.ToString() ?? programmeId, data: data);
        return rows;
    }

    private static List<MetricTargetInput> Check(IReadOnlyList<MetricTargetInput>? targets, HashSet<string> declared)
    {
        if (targets is null)
        {
            throw new DomainRuleException("targets", "A list of targets: [{\"metricId\": \"jobs-created\", \"target\": 40}] (empty: none).");
        }

        if (targets.Count > MetricLimits.MaxTargets)
        {
            throw new DomainRuleException("targets", $"At most {MetricLimits.MaxTargets} targets; {targets.Count} given.");
        }

        var problems = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < targets.Count; i++)
        {
            var path = $"targets[{i}]";
            var target = targets[i];
            if (target is null)
            {
                problems.Add(new(path, "A target is {\"metricId\": \"…\", \"target\": 40}."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(target.MetricId) || target.MetricId.Length > FormLimits.MaxIdLength || !declared.Contains(target.MetricId))
            {
                var known = declared.Count == 0 ? "none is declared yet" : string.Join(", ", declared.Order(StringComparer.Ordinal));
                problems.Add(new($"{path}.metricId", $"No form of the programme declares the metric '{target.MetricId}'; the metrics: {known}."));
            }
            else if (!seen.Add(target.MetricId))
            {
                problems.Add(new($"{path}.metricId", $"The metric '{target.MetricId}' has another target in this list."));
            }

            if (target.Target is not { } value || value < 0 || value > FormLimits.MaxNumber)
            {
                problems.Add(new($"{path}.target", $"A target is a number from 0 to {FormLimits.MaxNumber:N0}."));
            }
        }

        return problems.Count > 0 ? throw new DomainRuleException(problems) : [.. targets];
    }
}
