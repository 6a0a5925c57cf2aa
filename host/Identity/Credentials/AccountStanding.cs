using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Cohorts.Host.Identity.Credentials;

/// <summary>
/// Whether an account may still use its credentials: it exists, its security stamp is the one in the cookie or token,
/// and it is neither locked nor disabled (a lockout without end) nor otherwise refused sign-in.
/// </summary>
public sealed class AccountStanding(SignInManager<CohortsUser> signIn)
{
    /// <summary>Answers the principal's user when its credentials still stand, null when they are revoked.</summary>
    public async Task<CohortsUser?> FindCurrentAsync(ClaimsPrincipal? principal)
    {
        var user = await signIn.ValidateSecurityStampAsync(principal);
        return user is not null && await IsActiveAsync(user) ? user : null;
    }

    /// <summary>Answers whether the user may sign in (not locked, not disabled).</summary>
    public async Task<bool> IsActiveAsync(CohortsUser user) =>
        !await signIn.UserManager.IsLockedOutAsync(user) && await signIn.CanSignInAsync(user);
}
