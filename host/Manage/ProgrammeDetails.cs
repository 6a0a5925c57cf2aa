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
    IReadOnlyList<DefinitionSummary> Definitions);
