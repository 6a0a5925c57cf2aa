using Cohorts.Host.Localization;
using Cohorts.Host.Pages.Funder;
using Cohorts.Host.Reporting.Charts;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.Documents;

/// <summary>
/// Writes a cohort's progress (the figures the progress API answers) and its milestones as a <see cref="ReportContent"/>
/// in the reader's language: headings from <see cref="ReportText"/>, the domain's words from <see cref="FunderText"/>,
/// numbers, money and dates through <see cref="HumanText"/>; the progress pages' charts (<see cref="ProgressCharts"/>) as PNG.
/// </summary>
/// <param name="text">The report's texts.</param>
/// <param name="labels">The progress pages' texts (indicator, status and decision names).</param>
/// <param name="human">Numbers and dates in the reader's culture and the programme's time zone.</param>
public sealed class ReportContentBuilder(IStringLocalizer<ReportText> text, IStringLocalizer<FunderText> labels, HumanText human)
{
    private const string None = "—";

    /// <summary>Builds the report; <paramref name="metrics"/>, the metrics' section, and <paramref name="visitors"/>, the visitors' section, follow the indicators.</summary>
    public ReportContent Build(CohortProgress progress, IReadOnlyList<MilestoneView> milestones, ReportSection? metrics = null, ReportSection? visitors = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(milestones);
        var subtitle = text["{0}, from {1} to {2}", progress.Programme.Name, human.Date(progress.Cohort.StartDate), human.Date(progress.Cohort.EndDate)];
        return new ReportContent(
            progress.Cohort.Name,
            subtitle,
            [Indicators(progress), .. metrics is null ? Array.Empty<ReportSection>() : [metrics], .. visitors is null ? Array.Empty<ReportSection>() : [visitors], Budget(progress), Companies(progress), Milestones(milestones), Attendance(progress)],
            text["Figures as of {0}.", human.Date(progress.Report.At)]);
    }

    private ReportSection Indicators(CohortProgress progress)
    {
        var rows = progress.Report.Kpis
            .Where(k => k.Target is not null || k.Current is > 0)
            .Select(k => (IReadOnlyList<string>)[
                labels[ProgressLabels.Kpi(k.Kpi)],
                KpiText.Value(human, k.Kpi, k.Current),
                KpiText.Value(human, k.Kpi, k.Target),
                k.Percent is { } percent ? human.Percent(percent) : None,
                KpiText.Value(human, k.Kpi, k.Forecast),
                labels[ProgressLabels.Status(k.Status)]])
            .ToList();
        return new ReportSection(
            text["Indicators"],
            [text["{0} of the cohort's time has passed.", human.Percent(progress.Report.ElapsedShare * 100m)]],
            new ReportTable([text["Indicator"], text["Now"], text["Target"], text["% of target"], text["Forecast at the end"], text["Status"]], rows))
        {
            Chart = ProgressCharts.Render("kpis", progress, labels, human.Culture),
        };
    }

    private ReportSection Budget(CohortProgress progress)
    {
        var budget = progress.Report.Budget;
        var paragraphs = new List<string>
        {
            budget.Amount is { } amount ? text["Budget of the cohort: {0}.", human.Money(amount, budget.Currency)] : text["The programme states no budget."],
        };
        if (budget.Cofunded is { } cofunded && budget.OrganiserShare is { } organiser)
        {
            paragraphs.Add(text["Co-funded: {0}; left to the organiser: {1}.", human.Money(cofunded, budget.Currency), human.Money(organiser, budget.Currency)]);
        }

        var rows = budget.Funders
            .Select(f => (IReadOnlyList<string>)[f.Name, human.Percent(f.Share * 100m), f.Committed is { } committed ? human.Money(committed, budget.Currency) : None])
            .ToList();
        return new ReportSection(
            text["Budget and co-funding"],
            paragraphs,
            rows.Count == 0 ? null : new ReportTable([text["Funder"], text["Share"], text["Committed"]], rows));
    }

    private ReportSection Companies(CohortProgress progress)
    {
        var rows = progress.Report.Companies
            .Select(c => (IReadOnlyList<string>)[
                c.Name,
                labels[ProgressLabels.Company(c.Status)],
                text["{0} of {1}", c.SessionsHeld, c.SessionsPlanned],
                c.AttendanceRate is { } rate ? human.Percent(rate) : None,
                human.Count(c.MilestonesPassed, DomainNoun.Milestone)])
            .ToList();
        return new ReportSection(
            text["Companies"],
            [human.Count(progress.Report.Companies.Count, DomainNoun.Company)],
            new ReportTable([text["Company"], text["Status"], text["Sessions and events held"], text["Attendance"], text["Milestones passed"]], rows));
    }

    private ReportSection Milestones(IReadOnlyList<MilestoneView> milestones)
    {
        var rows = milestones
            .Select(m => (IReadOnlyList<string>)[
                m.Milestone.Name,
                m.CompanyName ?? text["The whole cohort"],
                human.Date(m.Milestone.DueAt),
                Decisions(m.Milestone)])
            .ToList();
        return new ReportSection(
            text["Milestones and decisions"],
            rows.Count == 0 ? [text["No milestone."]] : [],
            rows.Count == 0 ? null : new ReportTable([text["Milestone"], text["Company"], text["Due"], text["Decisions"]], rows));
    }

    private string Decisions(Milestone milestone)
    {
        if (milestone.Decisions.Count == 0)
        {
            return text["No decision yet."];
        }

        return string.Join(
            " ",
            milestone.Decisions.Select(d => string.IsNullOrWhiteSpace(d.Reason)
                ? text["{0} on {1}.", labels[ProgressLabels.Outcome(d.Outcome)], human.Date(d.DecidedAt)].Value
                : text["{0} on {1}: {2}", labels[ProgressLabels.Outcome(d.Outcome)], human.Date(d.DecidedAt), d.Reason].Value));
    }

    private ReportSection Attendance(CohortProgress progress)
    {
        var totals = progress.Report.Totals;
        return new ReportSection(
            text["Attendance"],
            [
                text["Sessions and events held: {0} of {1} planned.", totals.SessionsHeld, totals.SessionsPlanned],
                text["Past their time without an outcome (late): {0}.", totals.SessionsLate],
                totals.AttendanceRate is { } rate ? text["Attendance at the sessions held: {0}.", human.Percent(rate)] : text["No session held yet."],
            ],
            null)
        {
            Chart = ProgressCharts.Render("sessions", progress, labels, human.Culture),
        };
    }
}
