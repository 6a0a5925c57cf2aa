using Cohorts.Host.Reporting.Charts;
using Cohorts.Workflows.Forms.Aggregation;
using ScottPlot;

namespace Cohorts.Host.Reporting.FormSynthesis;

/// <summary>A choice question's answers as a bar chart: one bar per option, its count, the options' texts under it.</summary>
internal static class SynthesisChart
{
    /// <summary>The chart as a PNG image.</summary>
    public static byte[] Render(QuestionSummary question, SummaryLabels labels, string valueLabel)
    {
        ChartFonts.EnsureRegistered();
        using var plot = new Plot();
        plot.Add.Bars(question.Options.Select((o, i) => new Bar { Position = i, Value = o.Count, Size = 0.6, FillColor = ChartColors.Accent }).ToList());
        plot.Axes.Bottom.SetTicks(
            [.. question.Options.Select((_, i) => (double)i)],
            [.. question.Options.Select(o => Shorten(labels.Option(question.QuestionId, o.OptionId)))]);
        plot.YLabel(valueLabel);
        plot.Axes.Margins(bottom: 0);
        plot.Font.Set(ChartFonts.Family);
        return plot.GetImageBytes(640, 280, ImageFormat.Png);
    }

    private static string Shorten(string label) => label.Length <= 18 ? label : string.Concat(label.AsSpan(0, 17), "…");
}
