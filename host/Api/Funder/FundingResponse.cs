namespace Cohorts.Host.Api.Funder;

/// <summary>The cohort's budget and who funds it.</summary>
/// <param name="Budget">The cohort's budget (the programme's), if the programme states one.</param>
/// <param name="Currency">The budget's currency (ISO 4217, EUR).</param>
/// <param name="CofundingShare">The share of the budget the funders cover together (0.5 for 50%), if any.</param>
/// <param name="CofunderName">The programme's co-funder, if any.</param>
/// <param name="Cofunded">The funders' committed amounts added up, if there is a budget.</param>
/// <param name="OrganiserShare">What is left to the organiser, if there is a budget.</param>
/// <param name="Funders">The cohort's funders, their shares and committed amounts.</param>
/// <param name="YourShare">The signed-in funder's share, when a funder of the cohort asks.</param>
/// <param name="YourCommitment">The signed-in funder's committed amount, when a funder of the cohort asks and there is a budget.</param>
public sealed record FundingResponse(
    decimal? Budget,
    string Currency,
    decimal? CofundingShare,
    string? CofunderName,
    decimal? Cofunded,
    decimal? OrganiserShare,
    IReadOnlyList<FunderShareResponse> Funders,
    decimal? YourShare,
    decimal? YourCommitment)
{
    /// <summary>Gets the co-funders the programme names, with their shares (as its manager last edited them).</summary>
    public IReadOnlyList<Workflows.Services.CoFunderSettings> CoFunders { get; init; } = [];
}
