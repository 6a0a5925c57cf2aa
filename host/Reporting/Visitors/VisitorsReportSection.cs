using Cohorts.Host.Localization;
using Cohorts.Host.Reporting.Documents;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.Visitors;

/// <summary>The progress report's "Visitors" section (PDF and Word): the total against the target, then each event's visitors against expected.</summary>
public static class VisitorsReportSection
{
    /// <summary>Builds the section, or none when no event expects or counted visitors and there is no visitors target.</summary>
    public static ReportSection? Build(EventAttendanceReport report, IStringLocalizer<VisitorsText> text, HumanText human)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(human);
        if (report.IsEmpty)
        {
            return null;
        }

        return new ReportSection(
            text["Visitors"],
            [VisitorsWords.Summary(report, text, human), text["The events expected {0} in all.", human.Count(report.Expected, DomainNoun.Visitor)]],
            report.Events.Count == 0 ? null : new ReportTable(VisitorsWords.Headers(text), [.. report.Events.Select(e => VisitorsWords.Row(e, text, human))]));
    }
}
