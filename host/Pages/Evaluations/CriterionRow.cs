namespace Cohorts.Host.Pages.Evaluations;

/// <summary>One criterion row of the round form.</summary>
public sealed class CriterionRow
{
    public string? Id { get; set; }

    public string? LabelEn { get; set; }

    public string? LabelFr { get; set; }

    public decimal? Weight { get; set; } = 1;

    public int? Min { get; set; } = 1;

    public int? Max { get; set; } = 5;

    /// <summary>Gets a value indicating whether nothing but the defaults is in the row.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Id) && string.IsNullOrWhiteSpace(LabelEn) && string.IsNullOrWhiteSpace(LabelFr);
}
