namespace Cohorts.Host.Api.Changes;

/// <summary>Moves a session: the body of POST /api/sessions/{id}/reschedule.</summary>
/// <param name="At">The new time (ISO 8601 with its offset), still to come.</param>
/// <param name="Reason">Why it moves (required, at most 2,000 characters).</param>
public sealed record RescheduleRequest(DateTimeOffset? At, string? Reason);
