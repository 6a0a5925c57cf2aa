namespace Cohorts.Workflows.Organisations;

/// <summary>An organisation as a manager enters or edits it in the directory.</summary>
/// <param name="Name">The name, unique in the directory (spaces and case aside).</param>
/// <param name="Kind">What it is.</param>
/// <param name="Town">The town, if known.</param>
/// <param name="Website">The web site, an absolute http or https address, if known.</param>
/// <param name="Contacts">The people to reach there (at most <see cref="OrganisationLimits.MaxContacts"/>).</param>
public sealed record OrganisationInput(
    string? Name,
    OrganisationKind Kind,
    string? Town = null,
    string? Website = null,
    IReadOnlyList<OrganisationContact>? Contacts = null);
