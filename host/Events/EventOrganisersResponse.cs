namespace Cohorts.Host.Events;

/// <summary>A programme's event organisers, as stored.</summary>
/// <param name="ProgrammeId">The programme's id.</param>
/// <param name="Organisers">The organisers' e-mail addresses, lower-case.</param>
public sealed record EventOrganisersResponse(string ProgrammeId, IReadOnlyList<string> Organisers);
