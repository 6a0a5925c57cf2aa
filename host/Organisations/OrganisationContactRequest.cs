namespace Cohorts.Host.Organisations;

/// <summary>A person to reach at an organisation.</summary>
/// <param name="Name">The name.</param>
/// <param name="Email">The e-mail address, if known.</param>
/// <param name="Role">What they do there, if known.</param>
public sealed record OrganisationContactRequest(string? Name, string? Email, string? Role);
