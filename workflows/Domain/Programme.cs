namespace Cohorts.Workflows.Domain;

/// <summary>
/// A kind of accompaniment (e.g. "Boost Innovation"): its workflow definition (versioned in the engine's catalog), its
/// duration, time zone and targets. Each run of it is a <see cref="Cohort"/>.
/// </summary>
public sealed class Programme
{
    /// <summary>Initializes a new instance of the <see cref="Programme"/> class.</summary>
    public Programme(string id, string name, string description, string definitionId, int durationMonths, string timeZoneId, decimal? cofundingShare, string? funderName)
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

        Id = id;
        Name = name;
        Description = description ?? string.Empty;
        DefinitionId = definitionId;
        DurationMonths = durationMonths;
        TimeZoneId = timeZoneId;
        CofundingShare = cofundingShare;
        FunderName = funderName;
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

    /// <summary>Gets the targets every cohort of the programme aims for.</summary>
    public List<KpiTarget> Targets { get; private set; } = [];
}
