namespace Cohorts.Host.Pages.Funder;

/// <summary>A milestone decision as posted by the milestones page's form.</summary>
public sealed class DecisionInput
{
    /// <summary>Gets or sets the milestone decided.</summary>
    public Guid MilestoneId { get; set; }

    /// <summary>Gets or sets the decision: passed, needsWork or failed.</summary>
    public string? Outcome { get; set; }

    /// <summary>Gets or sets why.</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets the new due day, for "needs work".</summary>
    public DateOnly? NewDueOn { get; set; }
}
