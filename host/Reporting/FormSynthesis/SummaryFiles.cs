using ClosedXML.Excel;
using Cohorts.Host.Localization;
using Cohorts.Host.Reporting.Exports;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.FormSynthesis;

/// <summary>
/// A summary's table as CSV (for other tools: columns named as <see cref="SummaryRow"/>'s properties, written as every
/// CSV file is, <see cref="CsvFiles"/>: invariant numbers, a byte-order mark, formulas escaped) and as an Excel
/// workbook (for people: headers in the reader's language, numbers as numbers, texts as
/// text cells, never formulas, those that start like one with Excel's quote prefix, <see cref="XlsxText"/>).
/// </summary>
public static class SummaryFiles
{
    /// <summary>The worksheet's name.</summary>
    public const string Sheet = "Summary";

    /// <summary>The media type of a workbook.</summary>
    public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Columns = ["Group", "QuestionId", "Question", "Kind", "Answered", "Skipped", "Item", "Value", "Count", "Share", "Mean", "Median", "Min", "Max", "StandardDeviation"];

    private static readonly string[] Headers = ["Group", "Question id", "Question", "Kind", "Answered", "Skipped", "Item", "Value", "Count", "Share", "Mean", "Median", "Min", "Max", "Standard deviation"];

    /// <summary>Writes the CSV file.</summary>
    public static byte[] Csv(IEnumerable<SummaryRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        using (var csv = CsvFiles.Create(buffer))
        {
            csv.WriteHeader(Columns);
            foreach (var row in rows)
            {
                csv.WriteField(row.Group);
                csv.WriteField(row.QuestionId);
                csv.WriteField(row.Question);
                csv.WriteField(row.Kind);
                csv.WriteField((object)row.Answered);
                csv.WriteField((object)row.Skipped);
                csv.WriteField(row.Item);
                csv.WriteField(row.Value);
                csv.WriteField(row.Count);
                csv.WriteField(row.Share);
                csv.WriteField(row.Mean);
                csv.WriteField(row.Median);
                csv.WriteField(row.Min);
                csv.WriteField(row.Max);
                csv.WriteField(row.StandardDeviation);
                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the workbook.</summary>
    public static byte[] Workbook(IEnumerable<SummaryRow> rows, IStringLocalizer<SynthesisText> text)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(text);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(Sheet);
        int[] widths = [20, 16, 36, 14, 10, 10, 20, 40, 10, 10, 12, 12, 12, 12, 12];
        for (var i = 0; i < Headers.Length; i++)
        {
            XlsxText.Set(sheet.Cell(1, i + 1), text[Headers[i]]);
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        var line = 2;
        foreach (var row in rows)
        {
            string[] texts = [row.Group, row.QuestionId, row.Question, row.Kind];
            for (var i = 0; i < texts.Length; i++)
            {
                XlsxText.Set(sheet.Cell(line, i + 1), texts[i]);
            }

            sheet.Cell(line, 5).Value = row.Answered;
            sheet.Cell(line, 6).Value = row.Skipped;
            XlsxText.Set(sheet.Cell(line, 7), row.Item);
            XlsxText.Set(sheet.Cell(line, 8), row.Value);
            Number(sheet.Cell(line, 9), row.Count);
            Number(sheet.Cell(line, 10), row.Share, "0%");
            Number(sheet.Cell(line, 11), row.Mean);
            Number(sheet.Cell(line, 12), row.Median);
            Number(sheet.Cell(line, 13), row.Min);
            Number(sheet.Cell(line, 14), row.Max);
            Number(sheet.Cell(line, 15), row.StandardDeviation);
            line++;
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static void Number(IXLCell cell, double? value, string format = "0.##")
    {
        if (value is { } number)
        {
            cell.Value = number;
            cell.Style.NumberFormat.Format = format;
        }
    }
}
