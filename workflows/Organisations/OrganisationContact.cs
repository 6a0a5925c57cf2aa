namespace Cohorts.Workflows.Organisations;

/// <summary>A person to reach at an organisation.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Email">The e-mail address, if known.</param>
/// <param name="Role">What they do there ("Directrice de l'innovation"), if known.</param>
public sealed record OrganisationContact(string Name, string? Email = null, string? Role = null);
