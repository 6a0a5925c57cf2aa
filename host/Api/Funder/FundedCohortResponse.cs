namespace Cohorts.Host.Api.Funder;

/// <summary>A cohort the signed-in funder funds.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="Name">Its name.</param>
/// <param name="ProgrammeId">Its programme.</param>
/// <param name="ProgrammeName">The programme's name.</param>
/// <param name="StartDate">Its first day.</param>
/// <param name="EndDate">Its last day.</param>
/// <param name="FunderId">The funder record (the one that decides the cohort's funder-reviewed milestones).</param>
/// <param name="FunderName">The funder's name.</param>
/// <param name="Share">The share of the budget funded (0.5 for 50%).</param>
public sealed record FundedCohortResponse(
    Guid CohortId,
    string Name,
    string ProgrammeId,
    string ProgrammeName,
    DateOnly StartDate,
    DateOnly EndDate,
    Guid FunderId,
    string FunderName,
    decimal Share);
