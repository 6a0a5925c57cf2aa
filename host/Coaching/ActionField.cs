namespace Cohorts.Host.Coaching;

/// <summary>One action row of the outcome form.</summary>
public sealed class ActionField
{
    /// <summary>Gets or sets what to do.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets who does it.</summary>
    public string? Owner { get; set; }

    /// <summary>Gets or sets by when.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>Gets a value indicating whether nothing was typed in the row.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Owner) && DueOn is null;
}
