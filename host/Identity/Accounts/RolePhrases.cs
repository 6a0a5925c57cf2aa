namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// A role with its "as" ("as an administrator"), the English key a localizer translates whole, so that French elides
/// it before a vowel (« en tant qu’administrateur », not « en tant que administrateur »): the invitation's e-mail and
/// its acceptance page say it the same way.
/// </summary>
public static class RolePhrases
{
    /// <summary>The phrase of a role (<see cref="CohortsRoles"/>' names), or the role itself when it has none.</summary>
    public static string As(string role) => role switch
    {
        "manager" => "as a programme manager",
        "coach" => "as a coach",
        "funder" => "as a funder",
        "administrator" => "as an administrator",
        "evaluator" => "as an evaluator of applications",
        _ => role,
    };
}
