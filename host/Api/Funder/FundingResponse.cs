namespace Cohorts.Host.Api.Funder;

/// <summary>Who funds the cohort.</summary>
/// <param name="CofundingShare">The share of the budget the programme's co-funder covers (0.5 for 50%), if any.</param>
/// <param name="CofunderName">The programme's co-funder, if any.</param>
/// <param name="Funders">The cohort's funders and their shares.</param>
/// <param name="YourShare">The signed-in funder's share, when a funder of the cohort asks.</param>
public sealed record FundingResponse(decimal? CofundingShare, string? CofunderName, IReadOnlyList<FunderShareResponse> Funders, decimal? YourShare);
