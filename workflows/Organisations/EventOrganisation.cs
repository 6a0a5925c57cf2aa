namespace Cohorts.Workflows.Organisations;

/// <summary>An organisation's part in an event (a session of the cohort): its host or one of its organisers.</summary>
/// <param name="SessionId">The event.</param>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Role">Host or organiser.</param>
public sealed record EventOrganisation(Guid SessionId, Guid OrganisationId, EventOrganisationRole Role);
