namespace Cohorts.Host.Api.Changes;

/// <summary>Records a no-show: the optional body of POST /api/sessions/{id}/no-show.</summary>
/// <param name="Notes">A few words, if any (at most 8,000 characters).</param>
public sealed record NoShowRequest(string? Notes);
