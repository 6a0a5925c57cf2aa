using System.Globalization;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.Charts;

/// <summary>The progress charts, drawn on the server as PNG images (ScottPlot), in the reader's language.</summary>
public static class ProgressCharts
{
    /// <summary>The charts by name: <c>kpis</c> and <c>sessions</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["kpis", "sessions"];

    /// <summary>Refuses a name that is no chart's.</summary>
    /// <exception cref="DomainRuleException">No chart has that name (404 naming <c>chart</c>).</exception>
    public static void RequireKnown(string chart)
    {
        if (!Names.Contains(chart, StringComparer.Ordinal))
        {
            throw new DomainRuleException("chart", $"No chart '{chart}': the charts are {string.Join(" and ", Names)}.", isNotFound: true);
        }
    }

    /// <summary>Draws a chart as a PNG image.</summary>
    /// <exception cref="DomainRuleException">No chart has that name (404 naming <c>chart</c>).</exception>
    public static byte[] Render(string chart, CohortProgress progress, IStringLocalizer<FunderText> text, CultureInfo culture) => chart switch
    {
        "kpis" => KpiChart.Render(progress, text, culture),
        "sessions" => SessionsChart.Render(progress, text, culture),
        _ => throw new DomainRuleException("chart", $"No chart '{chart}': the charts are {string.Join(" and ", Names)}.", isNotFound: true),
    };
}
