namespace Cohorts.Workflows.Organisations;

/// <summary>An event's host and organisers, as a manager sets them (they replace what it had).</summary>
/// <param name="HostId">The host, if any.</param>
/// <param name="OrganiserIds">The organisers (with the host, at most <see cref="OrganisationLimits.MaxPerEvent"/>).</param>
public sealed record EventOrganisationsInput(Guid? HostId, IReadOnlyList<Guid>? OrganiserIds);
