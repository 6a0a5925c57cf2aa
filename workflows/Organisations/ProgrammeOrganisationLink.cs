namespace Cohorts.Workflows.Organisations;

/// <summary>An organisation to link to a programme, in a role.</summary>
/// <param name="OrganisationId">The organisation (in the directory, not archived when newly linked).</param>
/// <param name="Role">Its role.</param>
public sealed record ProgrammeOrganisationLink(Guid OrganisationId, ProgrammeOrganisationRole Role);
