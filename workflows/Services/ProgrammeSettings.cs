namespace Cohorts.Workflows.Services;

/// <summary>
/// Everything a manager edits about a programme, as <c>PUT /api/programmes/{id}</c> takes it and
/// <c>GET /api/programmes/{id}/settings</c> answers it: the whole settings replace the old ones (read, change, put).
/// Limits: <see cref="ProgrammeLimits"/> (docs/domain.md).
/// </summary>
/// <param name="Name">The name (required, at most 200 characters).</param>
/// <param name="Description">The description in French and English (each at most 4,000 characters; none: empty).</param>
/// <param name="DurationMonths">A cohort's duration in months (required, 1 to 120).</param>
/// <param name="TimeZone">The time zone, an IANA id such as <c>Europe/Paris</c> (required).</param>
/// <param name="Calendar">The working days of the programme's definitions (required): changed, it publishes a new version of each.</param>
/// <param name="Targets">The targets every cohort aims for, by indicator name (<c>SessionsHeld</c>); none: no target.</param>
/// <param name="Budget">A cohort's budget (0 to 1,000,000,000; none: unknown).</param>
/// <param name="Currency">The budget's currency, an ISO 4217 code (<c>EUR</c> when none).</param>
/// <param name="CoFunders">The co-funders and their shares (at most 10, shares adding up to at most 1).</param>
/// <param name="SessionLength">How long a coaching session lasts, ISO 8601 (<c>PT1H30M</c>; 15 minutes to 8 hours; required).</param>
/// <param name="HoursPerCompany">The coaching hours each company is given, ISO 8601 (<c>PT18H</c>; at most 1,000 hours; none: not budgeted).</param>
public sealed record ProgrammeSettings(
    string? Name,
    DescriptionSettings? Description,
    int? DurationMonths,
    string? TimeZone,
    CalendarSettings? Calendar,
    IReadOnlyDictionary<string, decimal>? Targets,
    decimal? Budget,
    string? Currency,
    IReadOnlyList<CoFunderSettings>? CoFunders,
    string? SessionLength,
    string? HoursPerCompany);
