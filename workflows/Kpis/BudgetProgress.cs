namespace Cohorts.Workflows.Kpis;

/// <summary>
/// A cohort's budget and who funds it: the programme's budget, each funder's committed amount (its share of the
/// budget) and what is left to the organiser. Amounts are in <paramref name="Currency"/>, rounded to the cent.
/// </summary>
/// <param name="Amount">The budget of the cohort (the programme's), if the programme states one.</param>
/// <param name="Currency">The budget's currency, an ISO 4217 code (EUR).</param>
/// <param name="CofundingShare">The funders' shares added up (0.5 for 50%), or null without a funder.</param>
/// <param name="Funders">Each funder, with its share and committed amount, by name.</param>
/// <param name="Cofunded">The funders' committed amounts added up, if there is a budget.</param>
/// <param name="OrganiserShare">What the funders leave to the organiser (the budget less the co-funded amount), if there is a budget.</param>
/// <param name="PerCompanyEnrolled">The budget per company enrolled, if there is a budget and a company enrolled.</param>
public sealed record BudgetProgress(
    decimal? Amount,
    string Currency,
    decimal? CofundingShare,
    IReadOnlyList<FunderCommitment> Funders,
    decimal? Cofunded,
    decimal? OrganiserShare,
    decimal? PerCompanyEnrolled);
