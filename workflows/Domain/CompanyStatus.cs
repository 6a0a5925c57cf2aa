namespace Cohorts.Workflows.Domain;

/// <summary>Where a company stands in its journey through a cohort.</summary>
public enum CompanyStatus
{
    /// <summary>The company applied (intake recorded).</summary>
    Applied,

    /// <summary>Accepted by screening, not yet coached.</summary>
    Accepted,

    /// <summary>Waitlisted by screening.</summary>
    Waitlisted,

    /// <summary>Rejected by screening.</summary>
    Rejected,

    /// <summary>In the programme, with a coach.</summary>
    Active,

    /// <summary>Completed the programme.</summary>
    Graduated,

    /// <summary>Left the programme before the end.</summary>
    DroppedOut,

    /// <summary>Withdrawn from the programme by its manager before the end.</summary>
    Withdrawn,
}
