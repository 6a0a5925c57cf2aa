namespace Cohorts.Host.Pages.Funder;

/// <summary>A cohort the signed-in funder funds, as the progress page lists it.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="Name">Its name.</param>
/// <param name="Share">The funder's share of its budget (0.5 for 50%).</param>
public sealed record FundedCohort(Guid CohortId, string Name, decimal Share);
