using System.Globalization;
using CsvHelper;

namespace Cohorts.Host.Reporting.Exports;

/// <summary>
/// The progress as CSV for other tools: one table per file (companies or indicators), columns named as the properties
/// of <see cref="CompanyRow"/> and <see cref="KpiRow"/>, ISO dates, empty fields for no value, written as every CSV
/// file is (<see cref="CsvFiles"/>: invariant numbers, a byte-order mark, formulas escaped).
/// </summary>
public static class ProgressCsv
{
    /// <summary>The tables: <c>companies</c> (the default), <c>kpis</c> and <c>metrics</c> (<see cref="Metrics.MetricCsv"/>).</summary>
    public static IReadOnlyList<string> Tables { get; } = ["companies", "kpis", Metrics.MetricCsv.Table];

    /// <summary>Writes the companies' table.</summary>
    public static byte[] Companies(IEnumerable<CompanyRow> rows) => Write(
        ["Company", "Town", "Sector", "Status", "Coach", "SessionsPlanned", "SessionsHeld", "SessionsLate", "AttendanceRate", "MilestonesPassed"],
        rows,
        static (csv, row) =>
        {
            csv.WriteField(row.Company);
            csv.WriteField(row.Town);
            csv.WriteField(row.Sector);
            csv.WriteField(row.Status);
            csv.WriteField(row.Coach);
            csv.WriteField((object)row.SessionsPlanned);
            csv.WriteField((object)row.SessionsHeld);
            csv.WriteField((object)row.SessionsLate);
            csv.WriteField(row.AttendanceRate);
            csv.WriteField((object)row.MilestonesPassed);
        });

    /// <summary>Writes the indicators' table.</summary>
    public static byte[] Kpis(IEnumerable<KpiRow> rows) => Write(
        ["Kpi", "Current", "Target", "Percent", "Forecast", "Status", "OnTrack", "ProjectedReachOn"],
        rows,
        static (csv, row) =>
        {
            csv.WriteField(row.Kpi);
            csv.WriteField(row.Current);
            csv.WriteField(row.Target);
            csv.WriteField(row.Percent);
            csv.WriteField(row.Forecast);
            csv.WriteField(row.Status);
            csv.WriteField(row.OnTrack is { } onTrack ? (onTrack ? "true" : "false") : null);
            csv.WriteField(row.ProjectedReachOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        });

    private static byte[] Write<TRow>(string[] columns, IEnumerable<TRow> rows, Action<CsvWriter, TRow> fields)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvFiles.Create(buffer))
        {
            csv.WriteHeader(columns);
            foreach (var row in rows)
            {
                fields(csv, row);
                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }
}
