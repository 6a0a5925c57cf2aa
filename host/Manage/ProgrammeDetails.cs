using Cohorts.Workflows.Services;

namespace Cohorts.Host.Manage;

/// <summary>A programme: its duration, co-funding, targets, and its workflow definitions with their versions.</summary>
/// <param name="Id">The programme's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description.</param>
/// <param name="DurationMonths">A cohort's duration, in months.</param>
/// <param name="TimeZoneId">Its time zone (IANA id).</param>
/// <param name="CofundingShare">The share a funder covers (0.5 for 50%), if any.</param>
/// <param name="FunderName">The co-funder, if any.</param>
/// <param name="Manages">Whether the reader manages it.</param>
/// <param name="Targets">Its targets.</param>
/// <param name="Definitions">Its workflow definitions (each company's journey, the cohort-wide events).</param>
public sealed record ProgrammeDetails(
    string Id,
    string Name,
    string Description,
    int DurationMonths,
    string TimeZoneId,
    decimal? CofundingShare,
    string? FunderName,
    bool Manages,
    IReadOnlyList<TargetView> Targets,
    IReadOnlyList<DefinitionSummary> Definitions)
{
    /// <summary>Gets the description in English (empty when none was written; <see cref="Description"/> is the French one).</summary>
    public string DescriptionEn { get; init; } = string.Empty;

    /// <summary>Gets a cohort's budget, if known.</summary>
    public decimal? Budget { get; init; }

    /// <summary>Gets the budget's currency (ISO 4217).</summary>
    public string Currency { get; init; } = Workflows.Domain.Programme.DefaultCurrency;

    /// <summary>Gets the co-funders and their shares.</summary>
    public IReadOnlyList<CoFunderSettings> CoFunders { get; init; } = [];

    /// <summary>Gets how long a coaching session lasts.</summary>
    public TimeSpan SessionLength { get; init; }

    /// <summary>Gets the coaching hours each company is given, if budgeted.</summary>
    public TimeSpan? HoursPerCompany { get; init; }

    /// <summary>Gets a value indicating whether the programme is archived.</summary>
    public bool Archived { get; init; }
}
