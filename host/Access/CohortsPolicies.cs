namespace Cohorts.Host.Access;

/// <summary>The authorization policies: one per role (pages' folders and API groups require them).</summary>
public static class CohortsPolicies
{
    /// <summary>Signed in as a programme manager.</summary>
    public const string Manager = "Manager";

    /// <summary>Signed in as a coach.</summary>
    public const string Coach = "Coach";

    /// <summary>Signed in as a funder.</summary>
    public const string Funder = "Funder";

    /// <summary>Signed in as an administrator (accounts).</summary>
    public const string Administrator = "Administrator";
}
