namespace Cohorts.Workflows.Services;

/// <summary>A manager's screening decision on a company's application.</summary>
public enum ScreeningDecision
{
    /// <summary>The company joins the cohort.</summary>
    Accepted,

    /// <summary>The company waits for a place.</summary>
    Waitlisted,

    /// <summary>The company does not join.</summary>
    Rejected,
}
