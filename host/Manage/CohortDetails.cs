namespace Cohorts.Host.Manage;

/// <summary>A cohort: its dates, launch, coaches and funders.</summary>
/// <param name="Summary">The cohort as listed.</param>
/// <param name="DefinitionVersion">The version of the programme's definition its companies run, once launched.</param>
/// <param name="CohortInstanceId">The cohort-wide workflow instance (collective events), if any.</param>
/// <param name="Coaches">Its coaches.</param>
/// <param name="Funders">Its funders.</param>
public sealed record CohortDetails(
    CohortSummary Summary,
    int? DefinitionVersion,
    Guid? CohortInstanceId,
    IReadOnlyList<CoachView> Coaches,
    IReadOnlyList<FunderView> Funders);
