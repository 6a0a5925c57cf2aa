namespace Cohorts.Host.Api.Forms;

/// <summary>Asks a form of an event's attendees: the body of POST /api/sessions/{id}/forms.</summary>
/// <param name="FormId">The form's id in the programme.</param>
/// <param name="Due">When answers are expected (default in 14 days).</param>
public sealed record AskFormRequest(string? FormId, DateTimeOffset? Due);
