using System.Globalization;
using Cohorts.Host.Localization;
using Microsoft.Extensions.Localization;
using ScottPlot;

namespace Cohorts.Host.Reporting.Charts;

/// <summary>Sessions and events per month of the cohort: planned (wide, light bars) and held (narrow, dark bars in front).</summary>
internal static class SessionsChart
{
    public static byte[] Render(CohortProgress progress, IStringLocalizer<FunderText> text, CultureInfo culture)
    {
        ChartFonts.EnsureRegistered();
        var months = progress.Months;
        using var plot = new Plot();
        plot.Title(text["Sessions and events per month"]);
        plot.YLabel(text["Sessions and events"]);
        var planned = plot.Add.Bars(months.Select((m, i) => new Bar { Position = i, Value = m.Planned, Size = 0.8, FillColor = ChartColors.Light }).ToList());
        planned.LegendText = text["Planned"];
        var held = plot.Add.Bars(months.Select((m, i) => new Bar { Position = i, Value = m.Held, Size = 0.45, FillColor = ChartColors.Accent }).ToList());
        held.LegendText = text["Held"];
        plot.Axes.Bottom.SetTicks(
            [.. months.Select((_, i) => (double)i)],
            [.. months.Select(m => m.Month.ToString("MMM yy", culture))]);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        plot.Font.Set(ChartFonts.Family);
        plot.Legend.FontName = ChartFonts.Family;
        return plot.GetImageBytes(800, 400, ImageFormat.Png);
    }
}
