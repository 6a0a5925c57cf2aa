namespace Cohorts.Host.Reporting.TravelBook;

/// <summary>What a cohort's travel book is made of (<see cref="TravelBookReader"/>), before it is written in the reader's language.</summary>
/// <param name="ProgrammeName">The programme's name.</param>
/// <param name="CohortName">The cohort's name.</param>
/// <param name="StartDate">The cohort's first day.</param>
/// <param name="EndDate">The cohort's last day.</param>
/// <param name="TimeZone">The programme's time zone (the visits' dates are written in it).</param>
/// <param name="Visits">The visits, in date order (cancelled ones left out).</param>
/// <param name="Lessons">The cross-cutting lessons (none when the programme has no lessons form).</param>
public sealed record TravelBookData(
    string ProgrammeName,
    string CohortName,
    DateOnly StartDate,
    DateOnly EndDate,
    TimeZoneInfo TimeZone,
    IReadOnlyList<TravelBookVisit> Visits,
    IReadOnlyList<TravelBookLesson> Lessons);
