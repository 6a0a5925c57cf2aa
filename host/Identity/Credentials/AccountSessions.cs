using Microsoft.AspNetCore.Identity;

namespace Cohorts.Host.Identity.Credentials;

/// <summary>Ends every session of an account: its cookies, bearer tokens and refresh tokens, on every device.</summary>
internal sealed class AccountSessions(UserManager<CohortsUser> users, RecentCredentialChecks recent, ILogger<AccountSessions> logger)
{
    /// <summary>
    /// Gives the user a new security stamp: their bearer and refresh tokens are refused from now on, their cookies within
    /// <see cref="CredentialLimits.RevocationDelay"/> (at their next check).
    /// </summary>
    public async Task SignOutEverywhereAsync(CohortsUser user)
    {
        IdentityResults.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));

        recent.Forget(user.Id);
        CredentialsLog.SignedOutEverywhere(logger, user.Id);
    }
}
