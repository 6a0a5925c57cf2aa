using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Metrics;

/// <summary>
/// Reads the metrics of a cohort or a programme: the programme's forms (every version), the answers of the cohorts,
/// the targets, computed at the clock's now (<see cref="MetricCalculator"/>). Derived on every read, never stored.
/// Access is the caller's to check (the host's <c>UserAccess</c>).
/// </summary>
public sealed class MetricQueries
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal MetricQueries(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>The targets in force for a cohort: its own where it sets one, else its programme's (as for the indicators).</summary>
    public static IReadOnlyDictionary<string, decimal> TargetsFor(Guid cohortId, IEnumerable<MetricTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var inForce = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var target in targets.Where(t => t.CohortId is null).Concat(targets.Where(t => t.CohortId == cohortId)))
        {
            inForce[target.MetricId] = target.Target;
        }

        return inForce;
    }

    /// <summary>Reads a programme's metric targets and its cohorts' own.</summary>
    public Task<List<MetricTarget>> TargetsAsync(string programmeId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(db => db.MetricTargets.AsNoTracking().Where(t => t.ProgrammeId == programmeId).OrderBy(t => t.MetricId).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>Computes a cohort's metrics.</summary>
    /// <exception cref="DomainRuleException">No cohort has that id (404 naming <c>cohortId</c>).</exception>
    public Task<CohortMetrics> ForCohortAsync(Guid cohortId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async db =>
            {
                var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
                var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == cohort.ProgrammeId, cancellationToken);
                var (definitions, answers, targets) = await ReadAsync(db, programme.Id, [cohortId], cancellationToken);
                var now = _time.GetUtcNow();
                var window = CohortWindow.Of(cohort, programme);
                var inForce = TargetsFor(cohortId, targets);
                return new CohortMetrics(
                    cohort,
                    programme,
                    now,
                    window.ElapsedShare(now),
                    [.. definitions.Select(d => Compute(d, answers, inForce, window, now))]);
            },
            cancellationToken);

    /// <summary>Computes a programme's metrics across its cohorts, or only <paramref name="cohortIds"/> when given (a funder's).</summary>
    /// <exception cref="DomainRuleException">No programme has that id (404 naming <c>programmeId</c>).</exception>
    public Task<ProgrammeMetrics> ForProgrammeAsync(string programmeId, IReadOnlyCollection<Guid>? cohortIds = null, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async db =>
            {
                var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("programmeId", "programme", programmeId);
                var cohorts = (await db.Cohorts.AsNoTracking().Where(c => c.ProgrammeId == programmeId).ToListAsync(cancellationToken))
                    .Where(c => cohortIds is null || cohortIds.Contains(c.Id))
                    .OrderBy(c => c.StartDate)
                    .ThenBy(c => c.Name, StringComparer.Ordinal)
                    .ToList();
                var (definitions, answers, targets) = await ReadAsync(db, programmeId, [.. cohorts.Select(c => c.Id)], cancellationToken);
                var now = _time.GetUtcNow();
                var programmeTargets = TargetsFor(Guid.Empty, targets.Where(t => t.CohortId is null));
                return new ProgrammeMetrics(
                    programme,
                    now,
                    [.. definitions.Select(d =>
                    {
                        List<CohortMetric> lines = [.. cohorts.Select(c => new CohortMetric(
                            c.Id,
                            c.Name,
                            Compute(d, answers.Where(a => a.CohortId == c.Id).ToList(), TargetsFor(c.Id, targets), CohortWindow.Of(c, programme), now)))];
                        decimal? target = programmeTargets.TryGetValue(d.Id, out var set) ? set : null;
                        return new ProgrammeMetric(d, Together(d, lines, answers, now), target, lines);
                    })]);
            },
            cancellationToken);

    private static MetricProgress Compute(MetricDefinition definition, IReadOnlyList<FormAnswer> answers, IReadOnlyDictionary<string, decimal> targets, CohortWindow window, DateTimeOffset now)
    {
        var (observations, ignored) = MetricAnswers.Observe(definition, answers);
        return MetricCalculator.Compute(definition, observations, ignored, targets.TryGetValue(definition.Id, out var target) ? target : null, window, now);
    }

    private static decimal? Together(MetricDefinition definition, List<CohortMetric> lines, IReadOnlyList<FormAnswer> answers, DateTimeOffset now)
    {
        if (definition.Aggregation == MetricAggregation.Average)
        {
            var (observations, _) = MetricAnswers.Observe(definition, answers);
            return observations.Count == 0 ? null : MetricCalculator.ValueAt(definition with { Baseline = null }, observations, now);
        }

        var values = lines.Where(l => l.Progress.Value is not null).Select(l => l.Progress.Value!.Value).ToList();
        return values.Count == 0 ? null : values.Sum();
    }

    private static async Task<(IReadOnlyList<MetricDefinition> Definitions, List<FormAnswer> Answers, List<MetricTarget> Targets)> ReadAsync(CohortsDbContext db, string programmeId, List<Guid> cohortIds, CancellationToken cancellationToken)
    {
        var versions = await db.FormVersions.AsNoTracking().Where(v => v.ProgrammeId == programmeId).ToListAsync(cancellationToken);
        var definitions = MetricCatalog.Read(versions);
        if (definitions.Count == 0)
        {
            return (definitions, [], []);
        }

        var formIds = definitions.SelectMany(d => d.Sources.Keys.Select(k => k.FormId)).Distinct(StringComparer.Ordinal).ToList();
        var answers = await db.FormAnswers.AsNoTracking()
            .Where(a => a.ProgrammeId == programmeId && formIds.Contains(a.FormId) && a.CohortId != null && cohortIds.Contains(a.CohortId.Value))
            .ToListAsync(cancellationToken);
        var targets = await db.MetricTargets.AsNoTracking().Where(t => t.ProgrammeId == programmeId).ToListAsync(cancellationToken);
        return (definitions, answers, targets);
    }
}
