namespace Cohorts.Workflows.Services;

/// <summary>A cohort to create: the programme it runs, its dates, companies, coaches and funders.</summary>
/// <param name="ProgrammeId">The programme (e.g. <c>boost-innovation</c>).</param>
/// <param name="Name">The cohort's name (e.g. "Les bâtisseurs").</param>
/// <param name="StartDate">Its first day.</param>
/// <param name="EndDate">Its last day (after the first).</param>
/// <param name="Companies">The companies (at least one, names unique).</param>
/// <param name="Coaches">The coaches (at least one).</param>
/// <param name="Funders">The funders, if any (shares adding up to at most 1).</param>
public sealed record CohortPlan(
    string ProgrammeId,
    string Name,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<CompanyApplication> Companies,
    IReadOnlyList<CoachProfile> Coaches,
    IReadOnlyList<FunderShare>? Funders = null)
{
    /// <summary>Gets the id to give the cohort (a new one when null); creating twice with one id is refused.</summary>
    public Guid? CohortId { get; init; }
}
