namespace Cohorts.Workflows.Organisations;

/// <summary>An organisation's part in a programme: a partner, a funder, an organiser, a host, a member of its network.</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Role">Its role (one row per role).</param>
public sealed record ProgrammeOrganisation(string ProgrammeId, Guid OrganisationId, ProgrammeOrganisationRole Role);
