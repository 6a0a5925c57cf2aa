using Cohorts.Host.Localization;
using Cohorts.Host.Reporting.Charts;
using Cohorts.Workflows.Metrics;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;
using ScottPlot;

namespace Cohorts.Host.Reporting.Metrics;

/// <summary>A metric of a cohort over time (ScottPlot, PNG like the progress charts): its value at each month's end, a dashed forecast to the cohort's end, the target.</summary>
internal static class MetricChart
{
    public static byte[] Render(MetricProgress metric, IStringLocalizer<MetricText> text, HumanText human)
    {
        ChartFonts.EnsureRegistered();
        var months = metric.Months;
        var label = metric.Metric.Label.In(human.Culture.Name);
        using var plot = new Plot();
        plot.Title(label);
        plot.YLabel(metric.Metric.Currency ?? metric.Metric.Unit ?? string.Empty);
        var known = months.Select((m, i) => (Index: i, m.Value)).Where(p => p.Value is not null).ToList();
        if (known.Count == 0)
        {
            plot.Add.Annotation(text["No answer yet."]);
        }
        else
        {
            var line = plot.Add.Scatter(known.Select(p => (double)p.Index).ToArray(), known.Select(p => (double)p.Value!.Value).ToArray(), ChartColors.Accent);
            line.LineWidth = 2;
            line.MarkerSize = 7;
            line.LegendText = text["Value at the month's end"];
            if (metric.Forecast is { } forecast && known[^1].Index < months.Count - 1)
            {
                var ahead = plot.Add.Scatter(new double[] { known[^1].Index, months.Count - 1 }, new double[] { (double)known[^1].Value!.Value, (double)forecast }, ChartColors.Muted);
                ahead.LinePattern = LinePattern.Dashed;
                ahead.LegendText = text["Forecast"];
            }
        }

        if (metric.Target is { } target)
        {
            var goal = plot.Add.HorizontalLine((double)target, width: 2, color: ChartColors.Of(metric.Status));
            goal.LinePattern = LinePattern.Dashed;
            goal.Text = text["Target"];
            goal.LabelFontName = ChartFonts.Family;
            goal.LabelBold = false;
        }

        plot.Axes.Bottom.SetTicks([.. months.Select((_, i) => (double)i)], [.. months.Select(m => m.Month.ToString("MMM yy", human.Culture))]);
        plot.Axes.SetLimitsX(-0.5, Math.Max(months.Count - 0.5, 0.5));
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Font.Set(ChartFonts.Family);
        plot.Legend.FontName = ChartFonts.Family;
        return plot.GetImageBytes(800, 400, ImageFormat.Png);
    }
}
