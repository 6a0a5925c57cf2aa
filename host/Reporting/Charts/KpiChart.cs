using System.Globalization;
using Cohorts.Host.Localization;
using Microsoft.Extensions.Localization;
using ScottPlot;

namespace Cohorts.Host.Reporting.Charts;

/// <summary>Each indicator with a target as a percentage of it: horizontal bars coloured by status, a target line at 100%.</summary>
internal static class KpiChart
{
    public static byte[] Render(CohortProgress progress, IStringLocalizer<FunderText> text, CultureInfo culture)
    {
        ChartFonts.EnsureRegistered();
        var kpis = progress.Report.Kpis.Where(k => k.Percent is not null).ToList();
        using var plot = new Plot();
        plot.Title(text["Indicators: share of the target reached"]);
        plot.XLabel(text["% of the target"]);
        if (kpis.Count == 0)
        {
            plot.Add.Annotation(text["No indicator has a target."]);
        }
        else
        {
            // The first indicator on top.
            var bars = kpis.Select((k, i) => new Bar
            {
                Position = kpis.Count - 1 - i,
                Value = (double)k.Percent!.Value,
                FillColor = ChartColors.Of(k.Status),
                Label = string.Create(culture, $"{k.Percent!.Value:0.#} %"),
            }).ToList();
            var plotted = plot.Add.Bars(bars);
            plotted.Horizontal = true;
            plotted.ValueLabelStyle.FontName = ChartFonts.Family;
            plot.Axes.Left.SetTicks(
                [.. bars.Select(b => b.Position)],
                [.. kpis.Select(k => (string)text[ProgressLabels.Kpi(k.Kpi)])]);
            var target = plot.Add.VerticalLine(100, width: 2, color: ChartColors.Muted);
            target.Text = text["Target"];
            target.LabelFontName = ChartFonts.Family;
            target.LabelBold = false;
            target.LinePattern = LinePattern.Dashed;
            var widest = Math.Max(110d, bars.Max(b => b.Value) * 1.15);
            plot.Axes.SetLimitsX(0, widest);
            plot.Axes.SetLimitsY(-0.6, kpis.Count - 0.4);
        }

        plot.Font.Set(ChartFonts.Family);
        return plot.GetImageBytes(800, 400, ImageFormat.Png);
    }
}
