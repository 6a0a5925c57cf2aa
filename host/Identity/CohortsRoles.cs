namespace Cohorts.Host.Identity;

/// <summary>The roles, as stored by ASP.NET Core Identity and named in authorization policies.</summary>
public static class CohortsRoles
{
    /// <summary>A programme manager: everything in the programmes they manage.</summary>
    public const string Manager = "manager";

    /// <summary>A coach: their companies and sessions; records outcomes.</summary>
    public const string Coach = "coach";

    /// <summary>A funder: reads the cohorts they fund; decides the milestones assigned to funders.</summary>
    public const string Funder = "funder";

    /// <summary>An administrator: manages the accounts (invitations, deactivation, which manager manages which programme).</summary>
    public const string Administrator = "administrator";

    /// <summary>An evaluator invited for a round of scored screening: scores the applications assigned to them while the round is open.</summary>
    public const string Evaluator = "evaluator";

    /// <summary>Gets every role.</summary>
    public static IReadOnlyList<string> All { get; } = [Manager, Coach, Funder, Administrator, Evaluator];
}
