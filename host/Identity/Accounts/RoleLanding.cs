namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// Where a person lands after signing in or accepting an invitation: the page of their role where their work is (the
/// home page, with their inbox, is one click away, and its count is in every page's header).
/// </summary>
internal static class RoleLanding
{
    /// <summary>Gets the landing path for a person's roles.</summary>
    public static string PathFor(IList<string> roles) =>
        roles.Contains(CohortsRoles.Manager) ? "/manage"
        : roles.Contains(CohortsRoles.Coach) ? "/coach/week"
        : roles.Contains(CohortsRoles.Funder) ? "/funder/progress"
        : roles.Contains(CohortsRoles.Administrator) ? "/admin/users"
        : roles.Contains(CohortsRoles.Evaluator) ? "/evaluations"
        : "/";
}
