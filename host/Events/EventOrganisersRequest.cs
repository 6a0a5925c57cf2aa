namespace Cohorts.Host.Events;

/// <summary>The body of PUT /api/programmes/{id}/event-organisers.</summary>
/// <param name="Organisers">The organisers' e-mail addresses (at most 20; an empty list names none).</param>
public sealed record EventOrganisersRequest(IReadOnlyList<string?>? Organisers);
