namespace Cohorts.Host.Api.Funder;

/// <summary>A milestone review and its decisions.</summary>
/// <param name="MilestoneId">The milestone.</param>
/// <param name="CohortId">Its cohort.</param>
/// <param name="CohortName">The cohort's name.</param>
/// <param name="CompanyId">The company reviewed (null for a cohort-wide review).</param>
/// <param name="CompanyName">Its name.</param>
/// <param name="Name">The milestone's name.</param>
/// <param name="Criteria">What is reviewed.</param>
/// <param name="DueAt">When the review is due (moved by a "needs work" decision).</param>
/// <param name="Reviewer">Who decides: manager or funder.</param>
/// <param name="Outcome">The final decision (passed or failed), null while undecided.</param>
/// <param name="Decisions">Every decision, oldest first ("needs work" ones before the final one).</param>
public sealed record MilestoneResponse(
    Guid MilestoneId,
    Guid CohortId,
    string CohortName,
    Guid? CompanyId,
    string? CompanyName,
    string Name,
    string Criteria,
    DateTimeOffset DueAt,
    string Reviewer,
    string? Outcome,
    IReadOnlyList<MilestoneDecisionResponse> Decisions);
