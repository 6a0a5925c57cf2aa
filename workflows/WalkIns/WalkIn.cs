namespace Cohorts.Workflows.WalkIns;

/// <summary>
/// A company that came to an event without being enrolled beforehand (the Tournée de l'innovation's stops): recorded
/// with the event's outcome, it becomes a company of the event's cohort, present at the event.
/// </summary>
/// <param name="Name">Its name (a company of the cohort with this name, or this contact address, is the one that came).</param>
/// <param name="Sector">Its sector.</param>
/// <param name="Headcount">Its headcount.</param>
/// <param name="Town">Its town.</param>
/// <param name="ContactEmail">Its contact's e-mail address (where the forms it is asked go).</param>
/// <param name="Needs">The needs it states, if any.</param>
public sealed record WalkIn(
    string? Name,
    string? Sector,
    int? Headcount,
    string? Town,
    string? ContactEmail,
    IReadOnlyList<string>? Needs = null);
