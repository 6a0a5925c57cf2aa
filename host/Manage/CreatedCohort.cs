namespace Cohorts.Host.Manage;

/// <summary>A cohort just created, and whether it was launched.</summary>
/// <param name="CohortId">The cohort's id.</param>
/// <param name="Launched">Whether its workflow instances were started.</param>
/// <param name="DefinitionVersion">The definition version its companies run, when launched.</param>
public sealed record CreatedCohort(Guid CohortId, bool Launched, int? DefinitionVersion);
