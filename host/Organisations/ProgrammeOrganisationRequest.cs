using Cohorts.Workflows.Organisations;

namespace Cohorts.Host.Organisations;

/// <summary>An organisation to link to a programme.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Role">Its role: Partner, Funder, Organiser, Host or Member.</param>
public sealed record ProgrammeOrganisationRequest(Guid? OrganisationId, ProgrammeOrganisationRole? Role);
