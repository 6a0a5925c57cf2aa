namespace Cohorts.Workflows.Domain;

/// <summary>Who decides a milestone.</summary>
public enum ReviewerRole
{
    /// <summary>A programme manager.</summary>
    Manager,

    /// <summary>A funder of the programme.</summary>
    Funder,
}
