namespace Cohorts.Workflows.Organisations;

/// <summary>What an organisation is to one programme.</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="ProgrammeName">Its name.</param>
/// <param name="Role">The role (one entry per role).</param>
public sealed record OrganisationProgrammeRole(string ProgrammeId, string ProgrammeName, ProgrammeOrganisationRole Role);
