namespace Cohorts.Host.Manage;

/// <summary>Whose a workflow instance is: a company's journey, or a cohort's collective events.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="CohortId">Its cohort.</param>
/// <param name="CohortName">The cohort's name.</param>
/// <param name="CompanyId">The company whose journey it runs (null for the cohort-wide instance).</param>
/// <param name="CompanyName">The company's name.</param>
public sealed record InstanceOwner(Guid InstanceId, Guid CohortId, string CohortName, Guid? CompanyId, string? CompanyName);
