using System.Globalization;
using Cohorts.Host.Reporting.Exports;

namespace Cohorts.Host.Audit;

/// <summary>
/// A history page as CSV: columns At (ISO 8601, UTC), Actor, Action (the stable code), Company, Text (in the reader's
/// language), written as every CSV file is (<see cref="CsvFiles"/>: formulas escaped, a byte-order mark).
/// </summary>
public static class HistoryCsv
{
    /// <summary>Writes the lines.</summary>
    public static byte[] Write(IEnumerable<HistoryLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var buffer = new MemoryStream();
        using (var csv = CsvFiles.Create(buffer))
        {
            csv.WriteHeader(["At", "Actor", "Action", "Company", "Text"]);
            foreach (var line in lines)
            {
                csv.WriteField(line.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                csv.WriteField(line.Actor);
                csv.WriteField(line.Action);
                csv.WriteField(line.Company);
                csv.WriteField(line.Text);
                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }
}
