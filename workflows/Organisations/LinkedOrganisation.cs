namespace Cohorts.Workflows.Organisations;

/// <summary>An organisation linked to a programme or to an event, in a role, as lists show it.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Town">Its town, if known.</param>
/// <param name="Role">Its role (a <see cref="ProgrammeOrganisationRole"/> or an <see cref="EventOrganisationRole"/> name).</param>
/// <param name="Archived">Whether it is archived in the directory.</param>
public sealed record LinkedOrganisation(Guid OrganisationId, string Name, OrganisationKind Kind, string? Town, string Role, bool Archived);
