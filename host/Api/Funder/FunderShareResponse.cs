namespace Cohorts.Host.Api.Funder;

/// <summary>A funder of a cohort.</summary>
/// <param name="FunderId">The funder record.</param>
/// <param name="Name">The funder's name.</param>
/// <param name="Share">The share of the budget it covers (0.5 for 50%).</param>
/// <param name="Committed">Share × budget, if the programme states a budget.</param>
public sealed record FunderShareResponse(Guid FunderId, string Name, decimal Share, decimal? Committed);
