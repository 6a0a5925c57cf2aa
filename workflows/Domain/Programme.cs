namespace Cohorts.Workflows.Domain;

/// <summary>
/// A kind of accompaniment (e.g. "Boost Innovation"): its workflow definition (versioned in the engine's catalog), its
/// duration, time zone and targets. Each run of it is a <see cref="Cohort"/>.
/// </summary>
public sealed class Programme
{
    /// <summary>The currency of a budget when none is given: the euro.</summary>
    public const string DefaultCurrency = "EUR";

    /// <summary>The most event organisers a programme names.</summary>
    public const int MaxEventOrganisers = 20;

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
        Name = name;
        Description = description ?? string.Empty;
        DefinitionId = definitionId;
        DurationMonths = durationMonths;
        TimeZoneId = timeZoneId;
        CofundingShare = cofundingShare;
        FunderName = funderName;
        Budget = budget;
        Currency = currency;
    }

    /// <summary>Gets the programme's id (a slug, e.g. <c>boost-innovation</c>).</summary>
    public string Id { get; private set; }

    /// <summary>Gets the name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the description.</summary>
    public string Description { get; private set; }

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

    /// <summary>Gets the share of the budget a funder covers (0.5 for 50%), if any.</summary>
    public decimal? CofundingShare { get; private set; }

    /// <summary>Gets the co-funder's name (e.g. the departmental council), if any.</summary>
    public string? FunderName { get; private set; }

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

    private static bool IsEmail(string email) =>
        email.Length is > 2 and <= 254 && email.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);
}
