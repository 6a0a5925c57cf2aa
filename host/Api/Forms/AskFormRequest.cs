namespace Cohorts.Host.Api.Forms;

/// <summary>Asks a form of an event's attendees or organisers: the body of POST /api/sessions/{id}/forms.</summary>
/// <param name="FormId">The form's id in the programme.</param>
/// <param name="Due">When answers are expected (default in 14 days).</param>
/// <param name="To">Who is asked: <c>attendees</c> (default, the companies recorded present) or <c>organisers</c> (the programme's event organisers).</param>
public sealed record AskFormRequest(string? FormId, DateTimeOffset? Due, string? To = null);
