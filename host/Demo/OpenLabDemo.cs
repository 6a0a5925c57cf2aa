using Cohorts.Workflows.Services;

namespace Cohorts.Host.Demo;

/// <summary>An OpenLab « Exploration-Innovation » cohort in Clermont-Ferrand, a month younger than "Les bâtisseurs".</summary>
internal sealed class OpenLabDemo : DemoScript
{
    /// <inheritdoc />
    public override string TemplateId => "openlab-exploration-innovation";

    /// <inheritdoc />
    public override CohortPlan Plan(string programmeId, DateOnly today, DemoOptions options)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-Math.Max(options.MonthsIn - 1, 0));
        return new CohortPlan(programmeId, "OpenLab Clermont — promotion " + start.Year, start, start.AddYears(3).AddDays(-1), DemoCohorts.OpenLab, DemoCohorts.OpenLabCoaches);
    }
}
