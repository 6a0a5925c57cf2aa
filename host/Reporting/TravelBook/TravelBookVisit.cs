namespace Cohorts.Host.Reporting.TravelBook;

/// <summary>A visit of the expedition as its travel book tells it: where, when, at whose place, and what its participants made of it.</summary>
/// <param name="Title">The visit's title.</param>
/// <param name="PlannedAt">When it took place (or is planned).</param>
/// <param name="Town">The town, if known.</param>
/// <param name="Hosts">The organisations that hosted it (the event's hosts in the directory).</param>
/// <param name="Present">How many participants' companies were recorded present (null while its outcome is not recorded).</param>
/// <param name="Analyses">The participants' analyses, by company name.</param>
public sealed record TravelBookVisit(
    string Title,
    DateTimeOffset PlannedAt,
    string? Town,
    IReadOnlyList<string> Hosts,
    int? Present,
    IReadOnlyList<TravelBookAnswer> Analyses);
