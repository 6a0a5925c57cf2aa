using Cohorts.Workflows.Kpis;
using ScottPlot;

namespace Cohorts.Host.Reporting.Charts;

/// <summary>The charts' colours, those of the site's stylesheet.</summary>
internal static class ChartColors
{
    public static readonly Color Ok = Color.FromHex("#1e7a3c");
    public static readonly Color Warn = Color.FromHex("#9a6700");
    public static readonly Color Late = Color.FromHex("#b3261e");
    public static readonly Color Muted = Color.FromHex("#5b6475");
    public static readonly Color Accent = Color.FromHex("#1f5fbf");
    public static readonly Color Light = Color.FromHex("#bcd4f6");

    public static Color Of(KpiStatus status) => ProgressLabels.CssClass(status) switch
    {
        "ok" => Ok,
        "warn" => Warn,
        "late" => Late,
        _ => Muted,
    };
}
