using Cohorts.Workflows.Forms;

namespace Cohorts.Workflows.Metrics;

/// <summary>The metrics a programme's published forms declare, read from every version (old answers keep counting).</summary>
public static class MetricCatalog
{
    /// <summary>
    /// Reads the metrics of <paramref name="versions"/> (one programme's), by id. The most recently published version
    /// declaring a metric gives its name, aggregation, baseline, unit and currency.
    /// </summary>
    public static IReadOnlyList<MetricDefinition> Read(IEnumerable<FormVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var declared = new Dictionary<string, (FormQuestion Question, Dictionary<(string, int), string> Sources)>(StringComparer.Ordinal);
        foreach (var version in versions.OrderBy(v => v.PublishedAt).ThenBy(v => v.Id))
        {
            foreach (var question in version.ReadDefinition().Questions.Where(q => q.Metric is not null))
            {
                var id = question.Metric!.Id;
                var sources = declared.TryGetValue(id, out var seen) ? seen.Sources : [];
                sources[(version.FormId, version.Version)] = question.Id;
                declared[id] = (question, sources);
            }
        }

        return [.. declared
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d =>
            {
                var (question, sources) = d.Value;
                var metric = question.Metric!;
                return new MetricDefinition(d.Key, metric.Label ?? question.Label, question.Kind, metric.Aggregation, metric.Baseline, metric.Unit, question.Currency, sources);
            })];
    }
}
