namespace Cohorts.Host.Reporting.Exports;

/// <summary>A cohort's progress as the exports' lines.</summary>
public static class ProgressRows
{
    /// <summary>Gets one line per company, by name (the report's order).</summary>
    public static IReadOnlyList<CompanyRow> Companies(CohortProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return [.. progress.Report.Companies.Select(c =>
        {
            var company = progress.Companies[c.CompanyId];
            return new CompanyRow(
                c.Name,
                company.Location,
                company.Sector,
                WireNames.Of(c.Status),
                progress.CoachOf(c.CompanyId),
                c.SessionsPlanned,
                c.SessionsHeld,
                c.SessionsLate,
                c.AttendanceRate,
                c.MilestonesPassed);
        })];
    }

    /// <summary>Gets one line per indicator (the report's order).</summary>
    public static IReadOnlyList<KpiRow> Kpis(CohortProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return [.. progress.Report.Kpis.Select(k => new KpiRow(
            WireNames.Of(k.Kpi),
            k.Current,
            k.Target,
            k.Percent,
            k.Forecast,
            WireNames.Of(k.Status),
            ProgressLabels.OnTrack(k.Status),
            k.ProjectedReachOn))];
    }
}
