using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Activities;

/// <summary>
/// One occurrence of a <see cref="RecurringSessions"/> schedule with data of its own (its <c>occurrences</c> list):
/// the Semaine de l'Innovation's named events, the Tournée's town stops, the Innov Tour's hosts. Every field is
/// optional; what is left out comes from the activity's own settings. A <see cref="CollectiveEvent"/> of the
/// occurrence's body reads it from the variable <c>occurrenceData</c>.
/// </summary>
/// <param name="Title">The event's title ("Innov'embre"), instead of the title template.</param>
/// <param name="Offset">When, from the schedule's anchor (<c>from + offset</c>), instead of <c>n × every</c> (the calendar still applies).</param>
/// <param name="Kind">The kind of event, instead of the activity's.</param>
/// <param name="Town">The town or place.</param>
/// <param name="Host">The organisation hosting it (a name of the directory; added when unknown).</param>
/// <param name="Organisers">The organisations organising it (names of the directory; added when unknown).</param>
/// <param name="ExpectedVisitors">The visitors expected.</param>
public sealed record EventOccurrence(
    string? Title = null,
    IsoDuration? Offset = null,
    SessionKind? Kind = null,
    string? Town = null,
    string? Host = null,
    IReadOnlyList<string>? Organisers = null,
    int? ExpectedVisitors = null);
