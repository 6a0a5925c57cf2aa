namespace Cohorts.Workflows.Domain;

/// <summary>A milestone review's decision.</summary>
public enum MilestoneOutcome
{
    /// <summary>The criteria are met.</summary>
    Passed,

    /// <summary>Not yet: a new due date is set.</summary>
    NeedsWork,

    /// <summary>The criteria will not be met.</summary>
    Failed,

    /// <summary>Not reviewed: the company's journey (or the cohort's) was cancelled. Never a reviewer's decision.</summary>
    Cancelled,
}
