using System.ComponentModel.DataAnnotations;

namespace Cohorts.Host.Api.Manager;

/// <summary>A cohort to create from a programme, and whether to launch it at once.</summary>
/// <param name="ProgrammeId">The programme (one the user manages).</param>
/// <param name="Name">The cohort's name.</param>
/// <param name="StartDate">Its first day.</param>
/// <param name="EndDate">Its last day (default: the programme's duration after the first day).</param>
/// <param name="Companies">The companies (at least one).</param>
/// <param name="Coaches">The coaches (at least one).</param>
/// <param name="Funders">The funders, if any.</param>
/// <param name="Launch">Whether to start its workflows at once.</param>
public sealed record CohortPlanRequest(
    [property: Required] string ProgrammeId,
    [property: Required] string Name,
    [property: Required] DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<CompanyApplicationRequest>? Companies,
    IReadOnlyList<CoachProfileRequest>? Coaches,
    IReadOnlyList<FunderShareRequest>? Funders,
    bool Launch = false);
