namespace Cohorts.Workflows.Kpis;

/// <summary>What one funder commits to a cohort: its share of the budget, as an amount.</summary>
/// <param name="FunderId">The cohort's funder, or null for the co-funder a programme names (no cohort funder recorded).</param>
/// <param name="Name">The funder's name.</param>
/// <param name="Share">Its share of the budget (0.5 for 50%).</param>
/// <param name="Committed">Share × budget, rounded to the cent; null when the programme states no budget.</param>
public sealed record FunderCommitment(Guid? FunderId, string Name, decimal Share, decimal? Committed);
