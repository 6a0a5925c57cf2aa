namespace Cohorts.Workflows.Services;

/// <summary>What launching a cohort started.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="DefinitionVersion">The version of the programme's definition its companies run.</param>
/// <param name="CompanyInstanceIds">One workflow instance per company (its id is the company's id).</param>
/// <param name="CohortInstanceId">The cohort-wide instance, when the programme has a cohort definition.</param>
public sealed record CohortLaunch(Guid CohortId, int DefinitionVersion, IReadOnlyList<Guid> CompanyInstanceIds, Guid? CohortInstanceId);
