using Cohorts.Workflows.Services;

namespace Cohorts.Host.Demo;

/// <summary>"Les bâtisseurs", the first Boost Innovation cohort of the CCI des Hauts-de-Seine, some months into its year.</summary>
internal sealed class BoostDemo : DemoScript
{
    /// <inheritdoc />
    public override string TemplateId => "boost-innovation";

    /// <inheritdoc />
    public override CohortPlan Plan(string programmeId, DateOnly today, DemoOptions options)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-options.MonthsIn);
        return new CohortPlan(programmeId, "Les bâtisseurs", start, start.AddYears(1).AddDays(-1), DemoCohorts.Batisseurs, DemoCohorts.BatisseursCoaches, DemoCohorts.BatisseursFunders);
    }
}
