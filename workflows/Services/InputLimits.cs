using System.Globalization;

namespace Cohorts.Workflows.Services;

/// <summary>
/// The most a request may hold, in one place (docs/domain.md, "Limits"): the services and validators refuse anything
/// beyond with a <see cref="DomainRuleException"/> naming the field (<c>companies[3].name</c>), so the API and the
/// pages share them. The messages are <see cref="LimitMessages"/>' formats, which the pages translate.
/// </summary>
public static class InputLimits
{
    /// <summary>The longest name: a cohort's, a company's, a coach's, a funder's, an action's owner, who records or decides.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest short text: a sector, a town, a need or an expertise tag.</summary>
    public const int MaxShortTextLength = 100;

    /// <summary>The longest e-mail address (RFC 5321's path limit).</summary>
    public const int MaxEmailLength = 254;

    /// <summary>The longest notes of a session's outcome, in characters.</summary>
    public const int MaxNotesLength = 8_000;

    /// <summary>The longest reason: for a screening decision or a milestone decision.</summary>
    public const int MaxReasonLength = 2_000;

    /// <summary>The longest description of an action agreed at a session.</summary>
    public const int MaxActionLength = 500;

    /// <summary>The most companies in a cohort (the Tournée de l'innovation meets 1,000).</summary>
    public const int MaxCompaniesPerCohort = 1_000;

    /// <summary>The most coaches in a cohort.</summary>
    public const int MaxCoachesPerCohort = 100;

    /// <summary>The most funders of a cohort.</summary>
    public const int MaxFundersPerCohort = 10;

    /// <summary>The most tags in one list: a company's needs, a coach's expertise.</summary>
    public const int MaxTags = 20;

    /// <summary>The largest headcount of a company.</summary>
    public const int MaxHeadcount = 1_000_000;

    /// <summary>The most companies a coach takes (no more than a cohort has).</summary>
    public const int MaxCoachCapacity = MaxCompaniesPerCohort;

    /// <summary>The most actions one session's outcome records.</summary>
    public const int MaxActions = 20;

    /// <summary>The most attendance lines one session's outcome holds (one per company of the cohort at most).</summary>
    public const int MaxAttendance = MaxCompaniesPerCohort;

    /// <summary>The most visitors counted at one event.</summary>
    public const int MaxVisitors = 1_000_000;

    /// <summary>The most companies a simulated preview takes (its CPU time grows with them: about 5 s for a year of 1,000).</summary>
    public const int MaxSimulatedCompanies = MaxCompaniesPerCohort;

    /// <summary>The most coaches a simulated preview takes.</summary>
    public const int MaxSimulatedCoaches = MaxCoachesPerCohort;

    /// <summary>The largest request body the API reads (1 MiB); a larger one is answered 413.</summary>
    public const long MaxApiRequestBodyBytes = 1_048_576;

    /// <summary>The largest form the pages read (2 MiB: the launch form of a 1,000-company cohort fits); a larger one is answered 413.</summary>
    public const long MaxFormBodyBytes = 2_097_152;

    /// <summary>Gets the earliest date the domain takes: a cohort's days, due dates, the bounds of a query.</summary>
    public static DateOnly EarliestDate { get; } = new(2000, 1, 1);

    /// <summary>Gets the latest date the domain takes.</summary>
    public static DateOnly LatestDate { get; } = new(2100, 12, 31);

    /// <summary>Whether a date is within [<see cref="EarliestDate"/>, <see cref="LatestDate"/>].</summary>
    public static bool IsWithinRange(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>Whether an instant's date (in its own offset) is within the range.</summary>
    public static bool IsWithinRange(DateTimeOffset instant) => IsWithinRange(DateOnly.FromDateTime(instant.DateTime));

    /// <summary>Refuses a date out of range, naming the field.</summary>
    /// <exception cref="DomainRuleException">The date is before <see cref="EarliestDate"/> or after <see cref="LatestDate"/>.</exception>
    public static void CheckDate(string field, DateOnly date)
    {
        if (!IsWithinRange(date))
        {
            throw new DomainRuleException(field, LimitMessages.DateOutOfRange(date));
        }
    }

    /// <summary>Refuses an instant out of range (a query's bound), naming the field.</summary>
    /// <exception cref="DomainRuleException">The instant's date is out of range.</exception>
    public static void CheckDate(string field, DateTimeOffset? instant)
    {
        if (instant is { } value && !IsWithinRange(value))
        {
            throw new DomainRuleException(field, LimitMessages.DateOutOfRange(DateOnly.FromDateTime(value.DateTime)));
        }
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as a message to a person writes it: ISO 8601 to the second, with its offset (no fraction).</summary>
    internal static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
