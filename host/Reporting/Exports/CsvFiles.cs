using System.Globalization;
using CsvHelper;

namespace Cohorts.Host.Reporting.Exports;

/// <summary>
/// How the host writes every CSV file: culture-invariant numbers, UTF-8 with a byte-order mark so spreadsheet programs
/// read the accents, and text cells that a spreadsheet would run as a formula escaped as OWASP recommends (CSV
/// injection): a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a
/// <c>'</c> in front (CsvHelper's <see cref="CsvInjection.Escape"/>, whose characters are OWASP's). Numbers and dates
/// are not text, so <c>-5</c> stays a number.
/// </summary>
internal static class CsvFiles
{
    /// <summary>The options of every CSV writer.</summary>
    public static CsvWriterOptions Options => new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    /// <summary>A writer on <paramref name="stream"/>, left open.</summary>
    public static CsvWriter Create(Stream stream) => CsvWriter.Create(stream, Options, leaveOpen: true);
}
