using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Metrics;

/// <summary>A metric is one question's in its programme: publishing a form that declares another form's metric is refused.</summary>
internal static class MetricUniqueness
{
    /// <summary>Refuses <paramref name="form"/> when the latest version of another form of the programme declares one of its metrics.</summary>
    /// <exception cref="DomainRuleException">A metric id is taken (each by its path, <c>questions[2].metric.id</c>).</exception>
    public static async Task RequireUniqueAsync(CohortsDbContext db, string programmeId, FormDefinition form, CancellationToken cancellationToken)
    {
        var declared = form.Questions.Select((q, i) => (q.Metric?.Id, Path: $"questions[{i}].metric.id")).Where(m => m.Id is not null).ToList();
        if (declared.Count == 0)
        {
            return;
        }

        var others = await db.FormVersions.AsNoTracking()
            .Where(v => v.ProgrammeId == programmeId && v.FormId != form.Id
                && v.Version == db.FormVersions.Where(o => o.ProgrammeId == v.ProgrammeId && o.FormId == v.FormId).Max(o => o.Version))
            .ToListAsync(cancellationToken);
        var taken = others
            .SelectMany(v => v.ReadDefinition().Questions.Where(q => q.Metric is not null).Select(q => (q.Metric!.Id, v.FormId)))
            .GroupBy(m => m.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().FormId, StringComparer.Ordinal);
        var problems = declared
            .Where(m => taken.ContainsKey(m.Id!))
            .Select(m => new KeyValuePair<string, string>(m.Path, $"The form '{taken[m.Id!]}' of this programme already declares the metric '{m.Id}'; each metric is one question's."))
            .ToList();
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems);
        }
    }
}
