namespace Cohorts.Host.Organisations;

/// <summary>An event's host and organisers (they replace the ones it had).</summary>
/// <param name="HostId">The host, if any.</param>
/// <param name="OrganiserIds">The organisers, if any.</param>
public sealed record EventOrganisationsRequest(Guid? HostId, IReadOnlyList<Guid>? OrganiserIds);
