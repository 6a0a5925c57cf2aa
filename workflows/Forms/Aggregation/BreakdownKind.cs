namespace Cohorts.Workflows.Forms.Aggregation;

/// <summary>What a summary's answers are grouped by.</summary>
public enum BreakdownKind
{
    /// <summary>No groups: the whole only.</summary>
    None,

    /// <summary>The cohort of the request.</summary>
    Cohort,

    /// <summary>The company's town.</summary>
    Town,

    /// <summary>The company's sector.</summary>
    Sector,

    /// <summary>The answer to a single-choice question of the form.</summary>
    Question,
}
