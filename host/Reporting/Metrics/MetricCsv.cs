using System.Globalization;
using Cohorts.Host.Reporting.Exports;
using Cohorts.Workflows.Metrics;

namespace Cohorts.Host.Reporting.Metrics;

/// <summary>
/// A cohort's metrics in the progress CSV: as lines of the indicators' table (<c>?table=kpis</c>, the indicator named
/// <c>metric:{id}</c>), and as their own table (<c>?table=metrics</c>) with the name (in English: the CSV is for
/// other tools), unit, aggregation and baseline. Written as every CSV file is (<see cref="CsvFiles"/>): a name a
/// spreadsheet would run as a formula is escaped.
/// </summary>
public static class MetricCsv
{
    /// <summary>The table's name.</summary>
    public const string Table = "metrics";

    /// <summary>Gets the metrics as lines of the indicators' table.</summary>
    public static IEnumerable<KpiRow> KpiRows(CohortMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return metrics.Metrics.Select(m => new KpiRow(
            $"metric:{m.Metric.Id}",
            m.Value,
            m.Target,
            m.Percent,
            m.Forecast,
            WireNames.Of(m.Status),
            ProgressLabels.OnTrack(m.Status),
            m.ProjectedReachOn));
    }

    /// <summary>Writes the metrics' table.</summary>
    public static byte[] Write(CohortMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        using var buffer = new MemoryStream();
        using (var csv = CsvFiles.Create(buffer))
        {
            csv.WriteHeader(["Metric", "Label", "Unit", "Aggregation", "Baseline", "Current", "Target", "Percent", "Forecast", "Status", "ProjectedReachOn", "Answers"]);
            foreach (var metric in metrics.Metrics)
            {
                csv.WriteField(metric.Metric.Id);
                csv.WriteField(metric.Metric.Label.En);
                csv.WriteField(metric.Metric.Currency ?? metric.Metric.Unit);
                csv.WriteField(MetricAggregations.NameOf(metric.Metric.Aggregation));
                csv.WriteField(metric.Metric.Baseline);
                csv.WriteField(metric.Value);
                csv.WriteField(metric.Target);
                csv.WriteField(metric.Percent);
                csv.WriteField(metric.Forecast);
                csv.WriteField(WireNames.Of(metric.Status));
                csv.WriteField(metric.ProjectedReachOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField((object)metric.Answers);
                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }
}
