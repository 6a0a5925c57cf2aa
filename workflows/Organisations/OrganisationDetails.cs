namespace Cohorts.Workflows.Organisations;

/// <summary>An organisation with what it does: its roles in programmes, the events it hosts and organises.</summary>
/// <param name="Organisation">The organisation.</param>
/// <param name="Programmes">Its roles in programmes, by programme name.</param>
/// <param name="EventsHosted">How many events it hosts.</param>
/// <param name="EventsOrganised">How many events it organises.</param>
/// <param name="LatestEvents">Its latest events, hosted or organised, latest first (at most <see cref="OrganisationDetails.LatestCount"/>).</param>
public sealed record OrganisationDetails(
    Organisation Organisation,
    IReadOnlyList<OrganisationProgrammeRole> Programmes,
    int EventsHosted,
    int EventsOrganised,
    IReadOnlyList<OrganisationEvent> LatestEvents)
{
    /// <summary>The most events <see cref="LatestEvents"/> lists.</summary>
    public const int LatestCount = 10;
}
