using Cohorts.Workflows.Organisations;

namespace Cohorts.Workflows.Templates;

/// <summary>
/// An organisation a template names (its <c>organisations</c> list): entered in the directory (or found there by
/// name) and linked to each programme created from the template in its roles.
/// </summary>
/// <param name="Name">The name, as the programme's material gives it.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Roles">What it is to the programme (partner, funder, organiser, host, member).</param>
/// <param name="Town">The town, if the material gives it.</param>
/// <param name="Website">The web site, if known.</param>
public sealed record TemplateOrganisation(
    string Name,
    OrganisationKind Kind,
    IReadOnlyList<ProgrammeOrganisationRole> Roles,
    string? Town = null,
    string? Website = null);
