namespace Cohorts.Host.Api.Manager;

/// <summary>A cohort's own targets, replacing those it had; empty (<c>{"targets": {}}</c>): the programme's again.</summary>
/// <param name="Targets">
/// Targets by indicator name (<c>{"SessionsHeld": 150}</c>), each 0 to 10,000,000 (a rate at most 100); required, so
/// that a body without it (a misspelt name) is refused rather than taken for "none".
/// </param>
public sealed record CohortTargetsRequest(IReadOnlyDictionary<string, decimal>? Targets);
