namespace Cohorts.Host.Api.Evaluations;

/// <summary>An application received: the applicant company.</summary>
/// <param name="CompanyId">The company's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Status">Its status (Applied).</param>
public sealed record ApplicantResponse(Guid CompanyId, string Name, string Status);
