using Cohorts.Workflows.Text;

namespace Cohorts.Workflows.Domain;

/// <summary>
/// A kind of accompaniment (e.g. "Boost Innovation"): its workflow definition (versioned in the engine's catalog), its
/// duration, time zone and targets. Each run of it is a <see cref="Cohort"/>. Its settings are edited in place (one
/// method per setting, each checking its input); an archived programme is kept but hidden and starts no new cohort.
/// </summary>
public sealed class Programme
{
    /// <summary>The currency of a budget when none is given: the euro.</summary>
    public const string DefaultCurrency = "EUR";

    /// <summary>The most event organisers a programme names.</summary>
    public const int MaxEventOrganisers = 20;

    /// <summary>The most co-funders a programme names.</summary>
    public const int MaxCoFunders = 10;

    /// <summary>The longest a programme runs, in months (ten years).</summary>
    public const int MaxDurationMonths = 120;

    // For EF Core, which sets every mapped property from the row (the co-funders are a list, not constructor arguments).
    private Programme()
    {
        Id = Name = Description = DefinitionId = TimeZoneId = string.Empty;
        Currency = DefaultCurrency;
    }

    /// <summary>Initializes a new instance of the <see cref="Programme"/> class.</summary>
    /// <exception cref="ArgumentException">A required text is blank, or the currency is not an ISO 4217 code (three capital letters).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration is under a month, the co-funding share is not a fraction, or the budget is negative.</exception>
    public Programme(
        string id,
        string name,
        string description,
        string definitionId,
        int durationMonths,
        string timeZoneId,
        decimal? cofundingShare,
        string? funderName,
        decimal? budget = null,
        string currency = DefaultCurrency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(definitionId);
        ArgumentOutOfRangeException.ThrowIfLessThan(durationMonths, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        if (cofundingShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(cofundingShare), cofundingShare, "The co-funding share is a fraction between 0 and 1.");
        }

        if (budget < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "A budget cannot be negative.");
        }

        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"The currency is an ISO 4217 code of three capital letters (EUR), not '{currency}'.", nameof(currency));
        }

        Id = id;
        Name = Spacing.Collapse(name);
        Description = description ?? string.Empty;
        DefinitionId = definitionId;
        DurationMonths = durationMonths;
        TimeZoneId = timeZoneId;
        if (cofundingShare is { } share and > 0)
        {
            CoFunders = [new CoFunder(string.IsNullOrWhiteSpace(funderName) ? "Co-funder" : funderName, share)];
        }

        Budget = budget;
        Currency = currency;
    }

    /// <summary>Gets the programme's id (a slug, e.g. <c>boost-innovation</c>).</summary>
    public string Id { get; private set; }

    /// <summary>Gets the name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the description, in French (the programme's language).</summary>
    public string Description { get; private set; }

    /// <summary>Gets the description in English (empty when none was written).</summary>
    public string DescriptionEn { get; private set; } = string.Empty;

    /// <summary>Gets the id of the workflow definition each company's journey runs.</summary>
    public string DefinitionId { get; private set; }

    /// <summary>
    /// Gets the id of the cohort-wide workflow definition (collective events: visits, networking evenings,
    /// conferences), if the programme has one; it runs once per cohort.
    /// </summary>
    public string? CohortDefinitionId { get; set; }

    /// <summary>Gets the duration of a cohort, in months.</summary>
    public int DurationMonths { get; private set; }

    /// <summary>Gets the programme's time zone (IANA id, Europe/Paris by default).</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>
    /// Gets the co-funders of a cohort's budget with their shares (the departmental council's 0.5 for Boost
    /// Innovation), shares adding up to at most 1; the organiser covers the rest. At most <see cref="MaxCoFunders"/>.
    /// </summary>
    public List<CoFunder> CoFunders { get; private set; } = [];

    /// <summary>Gets the share of the budget the co-funders cover together (0.5 for 50%), or null without co-funder.</summary>
    public decimal? CofundingShare => CoFunders.Count == 0 ? null : CoFunders.Sum(f => f.Share);

    /// <summary>Gets the co-funders' names (e.g. the departmental council), joined by commas, or null without co-funder.</summary>
    public string? FunderName => CoFunders.Count == 0 ? null : string.Join(", ", CoFunders.Select(f => f.Name));

    /// <summary>Gets when the programme was archived (kept, hidden from everyday lists, no new cohort), if it is.</summary>
    public DateTimeOffset? ArchivedAt { get; private set; }

    /// <summary>
    /// Gets the budget of a cohort of the programme, in <see cref="Currency"/> (200,000 for Boost Innovation, whose
    /// departmental council's 100,000 euros are 50% of the total), if known. Each funder commits its share of it.
    /// </summary>
    public decimal? Budget { get; private set; }

    /// <summary>Gets the currency of <see cref="Budget"/>, an ISO 4217 code (<see cref="DefaultCurrency"/> by default).</summary>
    public string Currency { get; private set; }

    /// <summary>Gets how long a coaching session lasts (<see cref="SessionLengths.Coaching"/>, an hour and a half, by default).</summary>
    public TimeSpan SessionLength { get; private set; } = SessionLengths.Coaching;

    /// <summary>
    /// Gets the coaching hours each company is given over the cohort, if the programme budgets them (Boost Innovation:
    /// twelve sessions of an hour and a half, 18 hours); planned and used hours are shown against it.
    /// </summary>
    public TimeSpan? HoursPerCompany { get; private set; }

    /// <summary>Sets the length of a coaching session and the hours each company is given.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is under a quarter of an hour or over a day, or the budget is negative.</exception>
    public void SetCoachingTime(TimeSpan sessionLength, TimeSpan? hoursPerCompany)
    {
        if (sessionLength < TimeSpan.FromMinutes(15) || sessionLength > TimeSpan.FromHours(8))
        {
            throw new ArgumentOutOfRangeException(nameof(sessionLength), sessionLength, "A coaching session lasts from a quarter of an hour to eight hours.");
        }

        if (hoursPerCompany < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(hoursPerCompany), hoursPerCompany, "An hour budget cannot be negative.");
        }

        SessionLength = sessionLength;
        HoursPerCompany = hoursPerCompany;
    }

    /// <summary>Gets the targets every cohort of the programme aims for.</summary>
    public List<KpiTarget> Targets { get; private set; } = [];

    /// <summary>
    /// Gets the e-mail addresses of the people who organise the programme's collective events (visits, networking
    /// evenings, conferences) beside its managers: whoever signs in with one of them sees and records the events of
    /// every cohort of the programme, whatever their role. At most <see cref="MaxEventOrganisers"/>, stored lower-case.
    /// </summary>
    public List<string> EventOrganisers { get; private set; } = [];

    /// <summary>Names the programme's event organisers (replacing the list), by e-mail address, ignoring case and repeats.</summary>
    /// <exception cref="ArgumentException">An address is blank or not an address, or there are more than <see cref="MaxEventOrganisers"/>.</exception>
    public void NameEventOrganisers(IEnumerable<string> emails)
    {
        ArgumentNullException.ThrowIfNull(emails);
        List<string> organisers = [.. emails.Select(e => e?.Trim().ToLowerInvariant() ?? string.Empty).Distinct(StringComparer.Ordinal)];
        if (organisers.Count > MaxEventOrganisers)
        {
            throw new ArgumentException($"A programme names at most {MaxEventOrganisers} event organisers, not {organisers.Count}.", nameof(emails));
        }

        if (organisers.FirstOrDefault(e => !IsEmail(e)) is { } wrong)
        {
            throw new ArgumentException($"'{wrong}' is not an e-mail address.", nameof(emails));
        }

        EventOrganisers = organisers;
    }

    /// <summary>Gets a value indicating whether the e-mail address is one of the programme's event organisers (ignoring case).</summary>
    public bool IsEventOrganiser(string? email) =>
        !string.IsNullOrWhiteSpace(email) && EventOrganisers.Contains(email.Trim().ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>Renames the programme and rewrites its descriptions.</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public void Describe(string name, string descriptionFr, string descriptionEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = Spacing.Collapse(name);
        Description = descriptionFr?.Trim() ?? string.Empty;
        DescriptionEn = descriptionEn?.Trim() ?? string.Empty;
    }

    /// <summary>Sets a cohort's duration and the programme's time zone.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The duration is under a month or over <see cref="MaxDurationMonths"/>.</exception>
    /// <exception cref="ArgumentException">The time zone is blank.</exception>
    public void Schedule(int durationMonths, string timeZoneId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(durationMonths, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(durationMonths, MaxDurationMonths);
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        DurationMonths = durationMonths;
        TimeZoneId = timeZoneId;
    }

    /// <summary>Sets a cohort's budget (null when unknown), its currency and its co-funders (replacing them).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The budget is negative, or the shares add up to more than 1.</exception>
    /// <exception cref="ArgumentException">The currency is not an ISO 4217 code, there are too many co-funders, or one is named twice.</exception>
    public void Fund(decimal? budget, string currency, IEnumerable<CoFunder> coFunders)
    {
        ArgumentNullException.ThrowIfNull(coFunders);
        if (budget < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "A budget cannot be negative.");
        }

        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"The currency is an ISO 4217 code of three capital letters (EUR), not '{currency}'.", nameof(currency));
        }

        List<CoFunder> funders = [.. coFunders];
        if (funders.Count > MaxCoFunders)
        {
            throw new ArgumentException($"A programme names at most {MaxCoFunders} co-funders, not {funders.Count}.", nameof(coFunders));
        }

        if (funders.Sum(f => f.Share) > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(coFunders), funders.Sum(f => f.Share), "The co-funders' shares add up to at most 1 (100%).");
        }

        if (funders.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Co-funder '{twice.Key}' is named twice.", nameof(coFunders));
        }

        Budget = budget;
        Currency = currency;
        CoFunders = funders;
    }

    /// <summary>Sets the targets every cohort aims for (replacing them), one per indicator.</summary>
    /// <exception cref="ArgumentException">An indicator has two targets.</exception>
    public void SetTargets(IEnumerable<KpiTarget> targets) => Targets = KpiTargets.OnePerIndicator(targets, nameof(targets));

    /// <summary>Archives the programme (kept, hidden from everyday lists, no new cohort); archiving it again changes nothing.</summary>
    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;

    /// <summary>Brings an archived programme back to the everyday lists.</summary>
    public void Restore() => ArchivedAt = null;

    private static bool IsEmail(string email) =>
        email.Length is > 2 and <= 254 && email.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);
}
