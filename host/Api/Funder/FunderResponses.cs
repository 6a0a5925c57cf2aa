using Cohorts.Host.Reporting;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Api.Funder;

/// <summary>The funder API's responses, built from the read models.</summary>
internal static class FunderResponses
{
    public static ProgressResponse Progress(CohortProgress progress, Guid? funderId)
    {
        var report = progress.Report;
        var t = report.Totals;
        return new ProgressResponse(
            progress.Cohort.Id,
            progress.Cohort.Name,
            progress.Programme.Id,
            progress.Programme.Name,
            progress.Cohort.StartDate,
            progress.Cohort.EndDate,
            report.At,
            Math.Round(report.ElapsedShare * 100m, 1),
            new TotalsResponse(t.SessionsPlanned, t.SessionsHeld, t.SessionsLate, t.AttendanceRate, t.MilestonesPlanned, t.MilestonesPassed, t.MilestonesFailed, t.CompaniesEnrolled, t.CompaniesActive, t.CompaniesGraduated, t.CompaniesDropped, t.Visitors, t.QuestionnairesCollected),
            [.. report.Kpis.Select(k => new KpiResponse(WireNames.Of(k.Kpi), k.Current, k.Target, k.Percent, k.Forecast, WireNames.Of(k.Status), ProgressLabels.OnTrack(k.Status), k.ProjectedReachOn))],
            [.. report.Companies.Select(c =>
            {
                var company = progress.Companies[c.CompanyId];
                return new CompanyProgressResponse(c.CompanyId, c.Name, company.Location, company.Sector, WireNames.Of(c.Status), progress.CoachOf(c.CompanyId), c.SessionsPlanned, c.SessionsHeld, c.SessionsLate, c.AttendanceRate, c.MilestonesPassed);
            })],
            Funding(progress, funderId));
    }

    private static FundingResponse Funding(CohortProgress progress, Guid? funderId)
    {
        var budget = progress.Report.Budget;
        decimal? Committed(Guid id) => budget.Funders.FirstOrDefault(c => c.FunderId == id)?.Committed;
        return new FundingResponse(
            budget.Amount,
            budget.Currency,
            budget.CofundingShare ?? progress.Programme.CofundingShare,
            progress.Programme.FunderName,
            budget.Cofunded,
            budget.OrganiserShare,
            [.. progress.Funders.Select(f => new FunderShareResponse(f.Id, f.Name, f.Share, Committed(f.Id)))],
            progress.Funders.FirstOrDefault(f => f.Id == funderId)?.Share,
            funderId is { } id && progress.Funders.Any(f => f.Id == id) ? Committed(id) : null)
        {
            CoFunders = [.. progress.Programme.CoFunders.Select(f => new Workflows.Services.CoFunderSettings(f.Name, f.Share))],
        };
    }

    public static MilestoneResponse Milestone(MilestoneView view)
    {
        var m = view.Milestone;
        return new MilestoneResponse(
            m.Id,
            m.CohortId,
            view.CohortName,
            m.CompanyId,
            view.CompanyName,
            m.Name,
            m.Criteria,
            m.DueAt,
            WireNames.Of(m.Reviewer),
            m.FinalDecision is { } final ? WireNames.Of(final.Outcome) : null,
            [.. m.Decisions.Select(Decision)]);
    }

    public static MilestoneDecisionResponse Decision(MilestoneDecision d) =>
        new(WireNames.Of(d.Outcome), d.Reason, d.NewDueAt, d.DecidedAt, d.DecidedBy);
}
