using ClosedXML.Excel;
using Cohorts.Host.Localization;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.Exports;

/// <summary>
/// The progress as an Excel workbook for people: a "KPIs" worksheet and a "Companies" worksheet (« Indicateurs »,
/// « Entreprises » in French), headers, statuses and dates in the reader's language, numbers as numbers (a count's
/// forecast shown whole, as the page shows it), texts as <see cref="XlsxText"/> writes them. (No column auto-fit: ClosedXML measures text with System.Drawing,
/// which Linux lacks; the widths are set.)
/// </summary>
public static class ProgressWorkbook
{
    /// <summary>The KPI worksheet's name (in English; the reader's language names it).</summary>
    public const string KpiSheet = "KPIs";

    /// <summary>The companies worksheet's name (in English; the reader's language names it).</summary>
    public const string CompanySheet = "Companies";

    /// <summary>Writes the workbook; <paramref name="more"/> adds worksheets after these two (the metrics').</summary>
    public static byte[] Write(CohortProgress progress, IStringLocalizer<FunderText> text, Action<IXLWorkbook>? more = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(text);
        using var workbook = new XLWorkbook();
        WriteKpis(workbook.Worksheets.Add(text[KpiSheet]), progress, text);
        WriteCompanies(workbook.Worksheets.Add(text[CompanySheet]), progress, text);
        more?.Invoke(workbook);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static void WriteKpis(IXLWorksheet sheet, CohortProgress progress, IStringLocalizer<FunderText> text)
    {
        Header(sheet, text, ["Indicator", "Current", "Target", "% of target", "Forecast", "Status", "Target reached on"], [32, 12, 12, 12, 12, 16, 18]);
        var row = 2;
        foreach (var kpi in progress.Report.Kpis)
        {
            XlsxText.Set(sheet.Cell(row, 1), text[ProgressLabels.Kpi(kpi.Kpi)]);
            Number(sheet.Cell(row, 2), kpi.Current);
            Number(sheet.Cell(row, 3), kpi.Target);
            Number(sheet.Cell(row, 4), kpi.Percent);
            Number(sheet.Cell(row, 5), kpi.Forecast);
            if (kpi.Kpi != Workflows.Domain.KpiKind.AttendanceRate)
            {
                sheet.Cell(row, 5).Style.NumberFormat.Format = "0"; // a count's forecast shown whole, as the page shows it; the cell keeps its value
            }
            XlsxText.Set(sheet.Cell(row, 6), text[ProgressLabels.Status(kpi.Status)]);
            if (kpi.ProjectedReachOn is { } reach)
            {
                sheet.Cell(row, 7).Value = reach.ToDateTime(TimeOnly.MinValue);
                sheet.Cell(row, 7).Style.DateFormat.Format = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? "dd/mm/yyyy" : "d mmm yyyy";
            }

            row++;
        }
    }

    private static void WriteCompanies(IXLWorksheet sheet, CohortProgress progress, IStringLocalizer<FunderText> text)
    {
        Header(
            sheet,
            text,
            ["Company", "Town", "Sector", "Status", "Coach", "Sessions planned", "Sessions held", "Sessions late", "Attendance rate (%)", "Milestones passed"],
            [28, 22, 16, 14, 18, 12, 12, 12, 14, 12]);
        var row = 2;
        foreach (var company in progress.Report.Companies)
        {
            var entity = progress.Companies[company.CompanyId];
            XlsxText.Set(sheet.Cell(row, 1), company.Name);
            XlsxText.Set(sheet.Cell(row, 2), entity.Location);
            XlsxText.Set(sheet.Cell(row, 3), entity.Sector);
            XlsxText.Set(sheet.Cell(row, 4), text[ProgressLabels.Company(company.Status)]);
            XlsxText.Set(sheet.Cell(row, 5), progress.CoachOf(company.CompanyId) ?? string.Empty);
            sheet.Cell(row, 6).Value = company.SessionsPlanned;
            sheet.Cell(row, 7).Value = company.SessionsHeld;
            sheet.Cell(row, 8).Value = company.SessionsLate;
            Number(sheet.Cell(row, 9), company.AttendanceRate);
            sheet.Cell(row, 10).Value = company.MilestonesPassed;
            row++;
        }
    }

    private static void Header(IXLWorksheet sheet, IStringLocalizer<FunderText> text, string[] titles, int[] widths)
    {
        for (var i = 0; i < titles.Length; i++)
        {
            XlsxText.Set(sheet.Cell(1, i + 1), text[titles[i]]);
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
    }

    private static void Number(IXLCell cell, decimal? value)
    {
        if (value is { } number)
        {
            cell.Value = number;
            cell.Style.NumberFormat.Format = number == decimal.Truncate(number) ? "0" : "0.##";
        }
    }
}
