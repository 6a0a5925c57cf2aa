using ClosedXML.Excel;
using Cohorts.Host.Localization;
using Cohorts.Host.Reporting.Exports;
using Cohorts.Workflows.Metrics;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.Metrics;

/// <summary>The progress workbook's "Metrics" worksheet: one row per metric, headers and names in the reader's language, numbers as numbers, texts as <see cref="XlsxText"/> writes them.</summary>
public static class MetricSheet
{
    /// <summary>The worksheet's name.</summary>
    public const string Name = "Metrics";

    /// <summary>Adds the worksheet (none when the programme declares no metric).</summary>
    public static void Add(IXLWorkbook workbook, CohortMetrics metrics, IStringLocalizer<MetricText> text)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(text);
        if (metrics.Metrics.Count == 0)
        {
            return;
        }

        var sheet = workbook.Worksheets.Add(text[Name]);
        string[] titles = ["Metric", "Unit", "Aggregation", "Baseline", "Now", "Target", "% of target", "Forecast at the end", "Status", "Target reached on"];
        int[] widths = [32, 10, 16, 12, 12, 12, 12, 16, 16, 18];
        for (var i = 0; i < titles.Length; i++)
        {
            XlsxText.Set(sheet.Cell(1, i + 1), text[titles[i]]);
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        var row = 2;
        foreach (var metric in metrics.Metrics)
        {
            XlsxText.Set(sheet.Cell(row, 1), metric.Metric.Label.In(System.Globalization.CultureInfo.CurrentUICulture.Name));
            XlsxText.Set(sheet.Cell(row, 2), metric.Metric.Currency ?? metric.Metric.Unit ?? string.Empty);
            XlsxText.Set(sheet.Cell(row, 3), text[MetricWords.Aggregation(metric.Metric.Aggregation)]);
            Number(sheet.Cell(row, 4), metric.Metric.Baseline);
            Number(sheet.Cell(row, 5), metric.Value);
            Number(sheet.Cell(row, 6), metric.Target);
            Number(sheet.Cell(row, 7), metric.Percent);
            Number(sheet.Cell(row, 8), metric.Forecast);
            XlsxText.Set(sheet.Cell(row, 9), text[ProgressLabels.Status(metric.Status)]);
            if (metric.ProjectedReachOn is { } reach)
            {
                sheet.Cell(row, 10).Value = reach.ToDateTime(TimeOnly.MinValue);
                sheet.Cell(row, 10).Style.DateFormat.Format = "yyyy-mm-dd";
            }

            row++;
        }
    }

    private static void Number(IXLCell cell, decimal? value)
    {
        if (value is { } number)
        {
            cell.Value = number;
            cell.Style.NumberFormat.Format = number == decimal.Truncate(number) ? "#,##0" : "#,##0.##";
        }
    }
}
