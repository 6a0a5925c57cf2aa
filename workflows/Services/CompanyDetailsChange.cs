using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Services;

/// <summary>What correcting a company's details did.</summary>
/// <param name="Company">The company as it is now.</param>
/// <param name="Changed">The fields that changed, by their API names (<c>name</c>, <c>contactEmail</c>…), in the form's order; empty when nothing did.</param>
/// <param name="LinksRevoked">The portal links of the former contact revoked because the contact's address changed.</param>
public sealed record CompanyDetailsChange(Company Company, IReadOnlyList<string> Changed, int LinksRevoked);
