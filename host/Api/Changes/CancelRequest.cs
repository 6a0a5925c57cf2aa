namespace Cohorts.Host.Api.Changes;

/// <summary>Cancels a session: the body of POST /api/sessions/{id}/cancel.</summary>
/// <param name="Reason">Why it is cancelled (required, at most 2,000 characters).</param>
public sealed record CancelRequest(string? Reason);
