namespace Cohorts.Workflows.Kpis;

/// <summary>A cohort's progress against its programme's targets, computed from the recorded data at one instant.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="At">The instant it was computed for.</param>
/// <param name="ElapsedShare">How much of the cohort's time has passed, from 0 to 1.</param>
/// <param name="Totals">The cohort's counts.</param>
/// <param name="Kpis">Every indicator, in <see cref="Domain.KpiKind"/> order.</param>
/// <param name="Companies">Each company's progress, by name.</param>
public sealed record ProgressReport(
    Guid CohortId,
    DateTimeOffset At,
    decimal ElapsedShare,
    CohortTotals Totals,
    IReadOnlyList<KpiProgress> Kpis,
    IReadOnlyList<CompanyProgress> Companies)
{
    /// <summary>Gets the cohort's budget and each funder's committed amount.</summary>
    public BudgetProgress Budget { get; init; } = new(null, Domain.Programme.DefaultCurrency, null, [], null, null, null);

    /// <summary>Gets one indicator's progress.</summary>
    public KpiProgress For(Domain.KpiKind kpi) => Kpis.First(k => k.Kpi == kpi);
}
