using Cohorts.Host.Localization;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.Visitors;

/// <summary>A cohort's visitors in words, the same on the progress pages and in the report documents.</summary>
public static class VisitorsWords
{
    /// <summary>The column headers of the events' table.</summary>
    public static IReadOnlyList<string> Headers(IStringLocalizer<VisitorsText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [text["Event"], text["Date"], text["Place"], text["Expected"], text["Counted"], text["Against expected"]];
    }

    /// <summary>The summary: "2,500 visitors counted against a target of 2,000: +25%."</summary>
    public static string Summary(EventAttendanceReport report, IStringLocalizer<VisitorsText> text, HumanText human)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(human);
        var counted = human.Count(report.Counted, DomainNoun.Visitor);
        return report is { Target: { } target, Gap: { } gap }
            ? text["{0} counted against a target of {1}: {2}.", counted, Number(human, target), human.SignedPercent(gap)]
            : text["{0} counted; no visitors target.", counted];
    }

    /// <summary>One event's row: title, date, place, expected, counted, and the difference with expected.</summary>
    public static IReadOnlyList<string> Row(EventAttendance attendance, IStringLocalizer<VisitorsText> text, HumanText human)
    {
        ArgumentNullException.ThrowIfNull(attendance);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(human);
        var counted = attendance switch
        {
            { Cancelled: true } => text["Cancelled"].Value,
            { Counted: { } visitors } => Number(human, visitors),
            _ => text["Not recorded yet"].Value,
        };
        return
        [
            attendance.Title,
            human.Date(attendance.PlannedAt),
            attendance.Town ?? "—",
            attendance.Expected is { } expected ? Number(human, expected) : "—",
            counted,
            attendance.Gap is { } gap ? human.SignedPercent(gap) : "—",
        ];
    }

    private static string Number(HumanText human, decimal value) => value.ToString("N0", human.Culture);
}
