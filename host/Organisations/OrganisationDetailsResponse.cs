using Cohorts.Workflows.Organisations;

namespace Cohorts.Host.Organisations;

/// <summary>An organisation with what it does.</summary>
/// <param name="Organisation">The organisation.</param>
/// <param name="Programmes">Its roles in programmes.</param>
/// <param name="EventsHosted">How many events it hosts.</param>
/// <param name="EventsOrganised">How many events it organises.</param>
/// <param name="LatestEvents">Its latest events, latest first.</param>
public sealed record OrganisationDetailsResponse(
    OrganisationResponse Organisation,
    IReadOnlyList<OrganisationProgrammeRole> Programmes,
    int EventsHosted,
    int EventsOrganised,
    IReadOnlyList<OrganisationEvent> LatestEvents)
{
    /// <summary>The response for an organisation's details.</summary>
    public static OrganisationDetailsResponse Of(OrganisationDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new(OrganisationResponse.Of(details.Organisation), details.Programmes, details.EventsHosted, details.EventsOrganised, details.LatestEvents);
    }
}
